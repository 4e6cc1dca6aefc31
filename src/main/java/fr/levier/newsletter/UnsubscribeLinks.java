package fr.levier.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Unsubscribe links: {@code <public url>/newsletter/unsubscribe/<id>.<signature>} where the id is a random
 * 128-bit value of one outbox row (no guessable contact or campaign id) and the signature an HMAC-SHA256
 * of it with {@code LEVIER_UNSUBSCRIBE_SECRET}. A token cannot be forged, nor changed to reach another
 * person: both halves must match.
 */
@Component
class UnsubscribeLinks {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeLinks.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;
    private final String publicUrl;
    private final Environment env;

    UnsubscribeLinks(
            @Value("${levier.mail.unsubscribe-secret:}") String secret,
            @Value("${levier.public-url:}") String publicUrl,
            Environment env) {
        this.env = env;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        if (secret.isBlank()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            this.secret = random;
            log.warn("LEVIER_UNSUBSCRIBE_SECRET is not set: unsubscribe links sent now stop working after a restart");
        } else {
            this.secret = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** @return a fresh random id for an outbox row */
    static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return B64.encodeToString(b);
    }

    /** @return the signed token of an outbox row's id */
    String token(String id) {
        return id + "." + sign(id);
    }

    /** @return the row id of a genuine token, or {@code null} for a forged or damaged one */
    String verify(String token) {
        if (token == null) {
            return null;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot == token.length() - 1) {
            return null;
        }
        String id = token.substring(0, dot);
        byte[] expected = sign(id).getBytes(StandardCharsets.US_ASCII);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? id : null;
    }

    /**
     * The token of the mailto unsubscribe address ({@code unsubscribe+<token>@domain}): the row id and a
     * 120-bit truncated HMAC, both in lower-case base 32 so that mail servers that change the case of
     * addresses or limit a local part to 64 characters keep it intact.
     *
     * @param id an outbox row's id
     * @return {@code <26 characters>-<24 characters>}
     */
    String mailToken(String id) {
        byte[] raw = Base64.getUrlDecoder().decode(id);
        byte[] mac = mac(id);
        return Base32.encode(raw) + "-" + Base32.encode(java.util.Arrays.copyOf(mac, 15));
    }

    /** @return the row id of a genuine mailto token (any case), or {@code null} for a forged or damaged one */
    String verifyMail(String token) {
        if (token == null) {
            return null;
        }
        String t = token.trim().toLowerCase(java.util.Locale.ROOT);
        int dash = t.indexOf('-');
        if (dash <= 0 || dash == t.length() - 1) {
            return null;
        }
        byte[] raw = Base32.decode(t.substring(0, dash));
        byte[] given = Base32.decode(t.substring(dash + 1));
        if (raw == null || given == null || raw.length != 16 || given.length != 15) {
            return null;
        }
        String id = B64.encodeToString(raw);
        byte[] expected = java.util.Arrays.copyOf(mac(id), 15);
        return MessageDigest.isEqual(expected, given) ? id : null;
    }

    /** @return the HTTPS (or configured) one-click link */
    String url(String id) {
        return base() + "/newsletter/unsubscribe/" + token(id);
    }

    /** @return where people reach the application: {@code LEVIER_PUBLIC_URL}, else this server */
    String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        return "http://localhost:" + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
    }

    private String sign(String id) {
        return B64.encodeToString(mac(id));
    }

    private byte[] mac(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
