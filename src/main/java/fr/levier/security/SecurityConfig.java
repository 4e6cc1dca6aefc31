package fr.levier.security;

import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.actuate.endpoint.MetricsEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Three filter chains, most specific first: the stateless REST API (API tokens or HTTP Basic),
 * actuator (health public, metrics for METRICS tokens and admins, the rest admin-only), then Vaadin's session-based form login for
 * everything else. Method security ({@code @PreAuthorize}) guards every public service.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SessionTimeouts.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        // {bcrypt} by default, and upgradable to newer schemes without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ApiTokenService tokens,
            DatabaseUserDetailsService userDetails,
            TwoFactorService twoFactor,
            LoginThrottle throttle)
            throws Exception {
        http.addFilterBefore(LoginGuardFilter.api(throttle), BasicAuthenticationFilter.class);
        http.addFilterAfter(new BasicAuthTwoFactorFilter(twoFactor), BasicAuthenticationFilter.class);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // stateless, no cookies: CSRF does not apply
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new ApiAuthenticationEntryPoint()))
                .addFilterBefore(
                        new ApiTokenAuthenticationFilter(tokens, userDetails), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, TwoFactorService twoFactor, ApiTokenService tokens)
            throws Exception {
        // monitoring servers scrape with a METRICS token; HTTP Basic stays for admins whose account
        // needs no second factor (enrolled, or mandatory for the role: Basic would skip it)
        http.addFilterBefore(new MetricsTokenAuthenticationFilter(tokens), BasicAuthenticationFilter.class);
        http.addFilterAfter(new BasicAuthTwoFactorFilter(twoFactor), BasicAuthenticationFilter.class);
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                        .permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class, MetricsEndpoint.class))
                        .hasAnyAuthority(MetricsTokenAuthenticationFilter.AUTHORITY, "ROLE_" + Role.ADMIN_NAME)
                        .anyRequest()
                        .hasRole(Role.ADMIN_NAME))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    // @Order(3), the Vaadin chain: fr.levier.security.ui.VaadinSecurityConfig
}
