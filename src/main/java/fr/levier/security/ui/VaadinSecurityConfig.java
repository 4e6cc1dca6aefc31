package fr.levier.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.levier.security.BrowserSessionGuards;
import fr.levier.security.LoginGuardFilter;
import fr.levier.security.LoginThrottle;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The last filter chain (after the API's and actuator's in {@code SecurityConfig}): Vaadin's
 * session-based form login for everything else. Here because it is the only one that knows Vaadin.
 */
@Configuration
class VaadinSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http, BrowserSessionGuards guards, LoginThrottle throttle)
            throws Exception {
        guards.addTo(http); // ended sessions stop at once; no role while a second factor is due
        // login CSRF and brute-force brake, before the form login checks the password
        http.addFilterBefore(LoginGuardFilter.form(throttle), UsernamePasswordAuthenticationFilter.class);
        // errors forwarded to /error keep their status instead of becoming a 403
        http.authorizeHttpRequests(
                auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        http.authorizeHttpRequests(auth -> auth
                // the app's own static files, webjars, the API documentation and the city's logo are public
                .requestMatchers(
                        "/app/**", "/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/city-logo")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
