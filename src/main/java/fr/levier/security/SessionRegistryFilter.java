package fr.levier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in browser session: registers the session, and when it has been
 * ended (sign-out elsewhere, admin, disabled account, changed role, absolute timeout) invalidates
 * it at once, so the request goes on as anonymous and the user lands on the sign-in page. Not a
 * bean: it is added to the browser filter chain only (the API is stateless).
 */
class SessionRegistryFilter extends OncePerRequestFilter {

    private final UserSessionRegistry registry;

    SessionRegistryFilter(UserSessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null
                && auth != null
                && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)) {
            UserSessionRegistry.Verdict verdict = registry.check(
                    session.getId(), auth.getName(), request.getRemoteAddr(), request.getHeader("User-Agent"));
            if (verdict == UserSessionRegistry.Verdict.END) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                if (!"POST".equals(request.getMethod())) {
                    response.sendRedirect(request.getContextPath() + "/login");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
