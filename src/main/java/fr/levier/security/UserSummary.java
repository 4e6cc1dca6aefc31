package fr.levier.security;

import java.time.Instant;

/**
 * A user as the admin screen and the API show it (never the password hash).
 *
 * @param id          database id
 * @param username    login name
 * @param fullName    display name
 * @param email       e-mail, may be {@code null}
 * @param role        the user's role
 * @param enabled     whether the account may sign in
 * @param lastLoginAt last successful sign-in, or {@code null}
 * @param version     optimistic-locking version, to send back on update
 */
public record UserSummary(
        Long id,
        String username,
        String fullName,
        String email,
        Role role,
        boolean enabled,
        Instant lastLoginAt,
        long version) {}
