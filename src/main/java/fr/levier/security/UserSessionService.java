package fr.levier.security;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What admins do with signed-in sessions: see them and end one. */
@Service
public class UserSessionService {

    private final UserSessionRegistry registry;
    private final SessionTimeouts timeouts;

    UserSessionService(UserSessionRegistry registry, SessionTimeouts timeouts) {
        this.registry = registry;
        this.timeouts = timeouts;
    }

    /**
     * @param offset first row
     * @param limit  how many
     * @return open sessions used within the idle timeout, most recently used first
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ActiveSession> active(int offset, int limit) {
        return registry.active(offset, limit);
    }

    /** @return how many sessions are open */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public long countActive() {
        return registry.countActive();
    }

    /**
     * Ends a session: its next request, on whichever node, goes back to the sign-in page.
     *
     * @param id the session's public id
     * @return whether it was still open
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean end(String id) {
        return registry.end(id, "ENDED_BY_ADMIN");
    }

    /** @return the configured timeouts */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public SessionTimeouts timeouts() {
        return timeouts;
    }
}
