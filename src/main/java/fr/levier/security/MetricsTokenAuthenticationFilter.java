package fr.levier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the actuator endpoints, {@code Authorization: Bearer lev_…} with a {@link ApiTokenScope#METRICS}
 * token authenticates a monitoring server with the single authority {@link #AUTHORITY}: it reads the
 * metrics and nothing else, whatever its owner's role. Tokens of another scope are ignored here (401).
 */
class MetricsTokenAuthenticationFilter extends OncePerRequestFilter {

    /** The authority of a request made with a metrics token. */
    static final String AUTHORITY = "SCOPE_METRICS";

    private final ApiTokenService tokens;

    MetricsTokenAuthenticationFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.authenticate(header.substring(7).trim(), ApiTokenScope.METRICS)
                    .ifPresent(owner -> {
                        var auth = UsernamePasswordAuthenticationToken.authenticated(
                                "metrics-token:" + owner, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
                        SecurityContext context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(auth);
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
