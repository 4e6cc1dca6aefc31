package fr.levier.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads users for form login and HTTP Basic. Authorities are expanded through the role hierarchy
 * here, so Vaadin's {@code @RolesAllowed} checks and {@code @PreAuthorize} agree.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final RoleHierarchy roleHierarchy;

    DatabaseUserDetailsService(AppUserRepository users, RoleHierarchy roleHierarchy) {
        this.users = users;
        this.roleHierarchy = roleHierarchy;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsernameIgnoreCase(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return User.withUsername(user.getUsername())
                .password(user.getPasswordHash())
                .disabled(!user.isEnabled())
                .authorities(roleHierarchy.getReachableGrantedAuthorities(java.util.List.of(
                        new SimpleGrantedAuthority("ROLE_" + user.getRole().name()))))
                .build();
    }

    @EventListener
    @Transactional
    public void onLogin(AuthenticationSuccessEvent event) {
        users.touchLastLogin(event.getAuthentication().getName());
    }
}
