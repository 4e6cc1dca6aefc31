package fr.levier.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a browser session at "password given" until its second factor is checked (or set up when
 * mandatory): for each of its requests the user acts with the single authority
 * {@link TwoFactorState#PENDING_AUTHORITY}, so every view and service with a role refuses it and only
 * the two-factor page opens. The stored session context is never changed: once the code is right the
 * next request has the full rights again. Not a bean: added to the browser filter chain only.
 */
class TwoFactorGateFilter extends OncePerRequestFilter {

    private final TwoFactorService twoFactor;

    TwoFactorGateFilter(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null
                || auth == null
                || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Object state = session.getAttribute(TwoFactorState.ATTRIBUTE);
        if (state == null) {
            state = twoFactor.stateAfterPassword(auth.getName(), auth.getAuthorities());
            session.setAttribute(TwoFactorState.ATTRIBUTE, state);
        }
        if (state == TwoFactorState.PASSED) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContext original = SecurityContextHolder.getContext();
        SecurityContext pending = SecurityContextHolder.createEmptyContext();
        pending.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                auth.getName(), null, List.of(new SimpleGrantedAuthority(TwoFactorState.PENDING_AUTHORITY))));
        SecurityContextHolder.setContext(pending);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(original);
        }
    }
}
