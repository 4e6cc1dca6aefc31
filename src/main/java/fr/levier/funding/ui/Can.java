package fr.levier.funding.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the signed-in user may do, to show or hide controls (the services check again). */
final class Can {

    private Can() {}

    static boolean edit() {
        return has("ROLE_OFFICER");
    }

    static boolean recordPayments() {
        return has("ROLE_FINANCE");
    }

    private static boolean has(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
