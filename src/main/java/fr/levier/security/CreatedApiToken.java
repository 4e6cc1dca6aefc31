package fr.levier.security;

/**
 * A freshly created token: the only time its secret is available.
 *
 * @param token  the stored token's description
 * @param secret the bearer secret to hand over; it cannot be shown again
 */
public record CreatedApiToken(ApiTokenSummary token, String secret) {}
