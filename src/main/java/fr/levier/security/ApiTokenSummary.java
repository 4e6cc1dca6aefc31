package fr.levier.security;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An API token as listed to admins: never the secret, only its first characters.
 *
 * @param id         database id
 * @param name       what the token is for
 * @param prefix     first characters of the secret, to recognise it
 * @param owner      login of the user the token acts as
 * @param createdAt  creation time
 * @param expiresOn  last valid day, or {@code null} for no expiry
 * @param lastUsedAt last use, or {@code null}
 * @param revokedAt  revocation time, or {@code null} while active
 * @param scope      what the token opens
 */
public record ApiTokenSummary(
        Long id,
        String name,
        String prefix,
        String owner,
        Instant createdAt,
        LocalDate expiresOn,
        Instant lastUsedAt,
        Instant revokedAt,
        ApiTokenScope scope) {

    /** @return whether the token has been revoked */
    public boolean revoked() {
        return revokedAt != null;
    }
}
