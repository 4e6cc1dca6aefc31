package fr.levier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On the API, HTTP Basic would skip the second factor: an account that uses two-factor must call the
 * API with an API token (made for machines). Not a bean: added to the API chain only.
 */
class BasicAuthTwoFactorFilter extends OncePerRequestFilter {

    private final TwoFactorService twoFactor;

    BasicAuthTwoFactorFilter(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (header != null
                && header.regionMatches(true, 0, "Basic ", 0, 6)
                && auth != null
                && auth.isAuthenticated()
                && twoFactor.usesTwoFactor(auth.getName())) {
            SecurityContextHolder.clearContext();
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write(
                            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                                    + "\"detail\":\"This account uses two-factor authentication: call the API with an API token.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
