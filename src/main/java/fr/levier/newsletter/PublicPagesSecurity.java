package fr.levier.newsletter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The newsletter's public pages (unsubscribe, logo) are reached from e-mails by people who never log in.
 * Stateless, no CSRF token: mail clients' one-click POST (RFC 8058) carries none, and the signed token
 * in the URL is what proves the request.
 */
@Configuration
class PublicPagesSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain newsletterPublicChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/newsletter/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
