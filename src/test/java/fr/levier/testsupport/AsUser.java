package fr.levier.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Runs service calls in tests as a real user of the database, with that user's roles. */
@Component
public class AsUser {

    private final UserDetailsService users;

    AsUser(UserDetailsService users) {
        this.users = users;
    }

    /** Runs {@code work} as {@code username} and returns its result. */
    public <T> T call(String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Runs {@code work} as {@code username}. */
    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
