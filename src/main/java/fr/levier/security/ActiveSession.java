package fr.levier.security;

import java.time.Instant;

/**
 * A signed-in browser session, as the admin sees it (the real session id is never shown: {@code id}
 * is its SHA-256).
 *
 * @param id         public id of the session
 * @param username   who
 * @param node       which application node serves it
 * @param remoteAddr from which address it signed in
 * @param userAgent  which browser
 * @param createdAt  when it signed in
 * @param lastSeenAt when it was last used (to the minute)
 */
public record ActiveSession(
        String id,
        String username,
        String node,
        String remoteAddr,
        String userAgent,
        Instant createdAt,
        Instant lastSeenAt) {}
