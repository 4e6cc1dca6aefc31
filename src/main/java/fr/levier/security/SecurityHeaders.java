package fr.levier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The response headers of every response, including the pages and resources Vaadin asks Spring
 * Security to ignore (the login page among them): a Content-Security-Policy that Vaadin works with
 * (its bootstrap page has inline scripts and styles, the client uses {@code eval} in development and
 * websockets for push), no framing by any site, no MIME sniffing, no referrer to other sites. A
 * servlet filter rather than Spring Security's header writers, because those only run on the
 * requests a security chain handles.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class SecurityHeaders extends OncePerRequestFilter {

    /** The policy: own origin only, inline allowed for Vaadin, no plug-ins, not framed. */
    public static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
