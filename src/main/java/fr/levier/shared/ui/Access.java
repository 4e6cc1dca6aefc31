package fr.levier.shared.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one way screens ask what the signed-in user may do, to show or hide controls (the services check
 * again with {@code @PreAuthorize}). Works in views and in the panels they build with {@code new}.
 */
public final class Access {

    private Access() {}

    /**
     * @param role a role name without prefix, e.g. {@code Role.OFFICER_NAME}
     * @return {@code true} when the signed-in user holds it (the role hierarchy is expanded at sign-in)
     */
    public static boolean hasRole(String role) {
        String authority = "ROLE_" + role;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
