package fr.levier.reporting;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read report lines and exports: finance and administrators always; officers and viewers unless
 * the city restricted reports to finance in the settings. Used in {@code @PreAuthorize} as
 * {@code @reportAccess.mayReadLines()}.
 */
@Component("reportAccess")
public class ReportAccess {

    /** @return whether the current user may read report lines */
    public boolean mayReadLines() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        return auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_FINANCE")
                        || a.getAuthority().equals("ROLE_ADMIN")
                        || a.getAuthority().equals("ROLE_OFFICER")
                        || a.getAuthority().equals("ROLE_VIEWER"));
    }
}
