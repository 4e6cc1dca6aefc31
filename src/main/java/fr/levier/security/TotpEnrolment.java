package fr.levier.security;

/**
 * What an authenticator app needs to be set up.
 *
 * @param secret     the shared secret in base32 (to type in when the app cannot read the link)
 * @param otpauthUri the {@code otpauth://totp/…} link (issuer Levier, the user's login, SHA-1, 6 digits, 30 s)
 */
public record TotpEnrolment(String secret, String otpauthUri) {

    /** @return the secret in groups of four, easier to copy by hand */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?=.)", "$1 ");
    }
}
