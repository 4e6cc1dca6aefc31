package fr.levier.reporting;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read report lines, exports and the reports API: finance, administrators and officers always
 * (and their API tokens); viewers unless the city restricted reports in the settings. Used in
 * {@code @PreAuthorize} as {@code @reportAccess.mayReadLines()}.
 */
@Component("reportAccess")
public class ReportAccess {

    private static final Set<String> ALWAYS = Set.of("ROLE_FINANCE", "ROLE_ADMIN", "ROLE_OFFICER");

    private final ReportSettingsRepository settings;

    ReportAccess(ReportSettingsRepository settings) {
        this.settings = settings;
    }

    /** @return whether the current user may read report lines */
    @Transactional(readOnly = true)
    public boolean mayReadLines() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        Set<String> roles = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(java.util.stream.Collectors.toSet());
        if (roles.stream().anyMatch(ALWAYS::contains)) {
            return true;
        }
        return roles.contains("ROLE_VIEWER") && viewersAllowed();
    }

    /** @return whether the city lets viewers read report lines */
    @Transactional(readOnly = true)
    public boolean viewersAllowed() {
        return settings.findById(ReportSettings.ID)
                .map(ReportSettings::isViewersAllowed)
                .orElse(true);
    }
}
