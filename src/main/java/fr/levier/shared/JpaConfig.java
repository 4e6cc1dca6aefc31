package fr.levier.shared;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Turns on Spring Data auditing: created/updated by and at on every {@link AbstractEntity}. */
@Configuration
@EnableJpaAuditing(auditorAwareRef = "currentAuditor")
class JpaConfig {

    @Bean
    AuditorAware<String> currentAuditor() {
        return () -> Optional.of(currentUserName());
    }

    /** The logged-in user's name, or {@code system} for start-up and scheduled work. */
    static String currentUserName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return "system";
        }
        return auth.getName();
    }
}
