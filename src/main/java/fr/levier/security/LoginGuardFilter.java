package fr.levier.security;

import fr.levier.shared.i18n.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the two ways of giving a password before Spring Security checks it:
 *
 * <ul>
 *   <li>HTTP Basic on the API: refused with 429, {@code Retry-After} and a problem document while
 *       {@link LoginThrottle} brakes the account or the address;
 *   <li>the login form ({@code POST /login}): refused with 403 when the browser says it comes from
 *       another site ({@code Origin} or {@code Sec-Fetch-Site}) — login CSRF —, and sent back to
 *       {@code /login?throttled=N} (minutes) while braked.
 * </ul>
 *
 * Not a bean (so Spring Boot does not also register it for every request): the security
 * configurations add it to their chains with {@link #api(LoginThrottle)} and {@link #form(LoginThrottle)}.
 */
public final class LoginGuardFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final boolean form;

    private LoginGuardFilter(LoginThrottle throttle, boolean form) {
        this.throttle = throttle;
        this.form = form;
    }

    /** @return the guard of the API chain (HTTP Basic) */
    public static LoginGuardFilter api(LoginThrottle throttle) {
        return new LoginGuardFilter(throttle, false);
    }

    /** @return the guard of the form login */
    public static LoginGuardFilter form(LoginThrottle throttle) {
        return new LoginGuardFilter(throttle, true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (form && isLoginPost(request)) {
            if (crossSite(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site login refused");
                return;
            }
            Optional<Duration> wait = throttle.retryAfter(request.getParameter("username"), request.getRemoteAddr());
            if (wait.isPresent()) {
                response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes(wait.get()));
                return;
            }
        } else if (!form) {
            String user = basicUser(request.getHeader("Authorization"));
            if (user != null) {
                Optional<Duration> wait = throttle.retryAfter(user, request.getRemoteAddr());
                if (wait.isPresent()) {
                    tooMany(response, wait.get());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isLoginPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    /** A browser always sends {@code Origin} on a cross-origin POST; non-browser clients are not a CSRF risk. */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equals("cross-site")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI o = URI.create(origin);
            int port = o.getPort() == -1 ? ("https".equals(o.getScheme()) ? 443 : 80) : o.getPort();
            return !(request.getScheme().equalsIgnoreCase(o.getScheme())
                    && request.getServerName().equalsIgnoreCase(o.getHost())
                    && request.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true; // "null" (sandboxed frames, privacy redirects) or garbage
        }
    }

    private static long minutes(Duration d) {
        return Math.max(1, (d.toSeconds() + 59) / 60);
    }

    private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType("application/problem+json");
        response.getWriter()
                .write("{\"type\":\"https://levier.fr/problems/too-many-failures\",\"title\":\"Too Many Requests\","
                        + "\"status\":429,\"detail\":\""
                        + Messages.get("api.error.tooManyFailures", minutes(wait))
                                .replace("\"", "'") + "\"}");
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
