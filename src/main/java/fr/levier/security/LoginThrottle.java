package fr.levier.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Brute-force brake for passwords (form login and HTTP Basic): after {@code levier.login.max-failures}
 * failures (10) within {@code levier.login.window} (15 minutes) for one account, or
 * {@code levier.login.max-failures-per-address} (50: a town hall's offices share one address) for one
 * client address, further attempts are refused until the oldest failure leaves the window. Never a
 * permanent lock-out: an attacker can slow a known account down for at most the window, and a
 * success clears the account's count. In memory, per node (a restart forgets; see ADR 008).
 */
@Component
public class LoginThrottle {

    private final int maxFailures;
    private final int maxPerAddress;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(
            @Value("${levier.login.max-failures:10}") int maxFailures,
            @Value("${levier.login.max-failures-per-address:50}") int maxPerAddress,
            @Value("${levier.login.window:15m}") Duration window,
            Clock clock) {
        this.maxFailures = maxFailures;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.clock = clock;
    }

    /**
     * @param username the login tried, may be {@code null}
     * @param address  the client address, may be {@code null}
     * @return how long to wait when attempts are refused now, empty when allowed
     */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(username, address)) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                prune(times, now);
                if (times.size() >= (key.startsWith("u:") ? maxFailures : maxPerAddress)) {
                    Duration d = Duration.between(now, times.peekFirst().plus(window));
                    wait = d.compareTo(wait) > 0 ? d : wait;
                }
            }
        }
        return wait.isZero() || wait.isNegative() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed attempt. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : keys(username, address)) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                prune(times, now);
                times.addLast(now);
            }
        }
        if (failures.size() > 100_000) {
            failures.values().removeIf(d -> {
                synchronized (d) {
                    prune(d, now);
                    return d.isEmpty();
                }
            });
        }
    }

    /** A success clears the account's count (not the address's: one good password does not unlock a scan). */
    public void succeeded(String username) {
        if (username != null) {
            failures.remove(accountKey(username));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        failed(
                String.valueOf(event.getAuthentication().getPrincipal()),
                address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.pollFirst();
        }
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String accountKey(String username) {
        return "u:" + username.trim().toLowerCase(Locale.ROOT);
    }

    private static java.util.List<String> keys(String username, String address) {
        java.util.List<String> keys = new java.util.ArrayList<>(2);
        if (username != null && !username.isBlank()) {
            keys.add(accountKey(username));
        }
        if (address != null) {
            keys.add("a:" + address);
        }
        return keys;
    }
}
