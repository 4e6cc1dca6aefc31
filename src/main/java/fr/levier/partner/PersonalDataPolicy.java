package fr.levier.partner;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which roles may export personal data in bulk (contact lists as CSV/XLSX): the city chooses with
 * {@code levier.privacy.export-roles} (default {@code OFFICER}, which includes administrators).
 * Used in {@code @PreAuthorize("@personalDataPolicy.mayExport()")} and by the screens to hide the
 * export links.
 */
@Component("personalDataPolicy")
public class PersonalDataPolicy {

    private final Set<String> roles;

    PersonalDataPolicy(@Value("${levier.privacy.export-roles:OFFICER}") String roles) {
        this.roles = Arrays.stream(roles.split(","))
                .map(String::trim)
                .filter(r -> !r.isEmpty())
                .map(r -> "ROLE_" + r)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return whether the current user (with the role hierarchy already expanded) may export personal data */
    public boolean mayExport() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(roles::contains);
    }
}
