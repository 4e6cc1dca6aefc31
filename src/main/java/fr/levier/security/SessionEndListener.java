package fr.levier.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/** Marks a session ended in the registry when the servlet container drops it (sign-out, idle timeout). */
@Component
class SessionEndListener implements HttpSessionListener {

    private final UserSessionRegistry registry;

    SessionEndListener(UserSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            registry.end(UserSessionRegistry.publicId(event.getSession().getId()), "CLOSED");
        } catch (RuntimeException e) {
            // the database may be down while sessions expire: the row then only ages out of the list
        }
    }
}
