package fr.levier.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * The two guards of a signed-in browser session, for the Vaadin filter chain: the session registry
 * (ended sessions — admin, disabled account, changed role, absolute timeout — stop at their next
 * request) and the two-factor gate (a session whose second factor is due acts with no role).
 */
@Component
public class BrowserSessionGuards {

    private final UserSessionRegistry sessions;
    private final TwoFactorService twoFactor;

    BrowserSessionGuards(UserSessionRegistry sessions, TwoFactorService twoFactor) {
        this.sessions = sessions;
        this.twoFactor = twoFactor;
    }

    /**
     * Adds both guards before authorisation.
     *
     * @param http the browser chain being built
     */
    public void addTo(HttpSecurity http) {
        http.addFilterBefore(new SessionRegistryFilter(sessions), AuthorizationFilter.class);
        http.addFilterBefore(new TwoFactorGateFilter(twoFactor), AuthorizationFilter.class);
    }
}
