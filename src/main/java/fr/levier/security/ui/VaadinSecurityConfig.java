package fr.levier.security.ui;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The last filter chain (after the API's and actuator's in {@code SecurityConfig}): Vaadin's
 * session-based form login for everything else. Here because it is the only one that knows Vaadin.
 */
@Configuration
class VaadinSecurityConfig {

    @Bean
    @Order(3)
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                // the app's own static files, webjars and the API documentation are public
                .requestMatchers("/app/**", "/webjars/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
