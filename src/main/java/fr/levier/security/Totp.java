package fr.levier.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (HOTP of RFC 4226 over 30-second steps): the codes of
 * authenticator apps. A plain rule class, tested against the RFC's own test vectors.
 */
final class Totp {

    /** Seconds per time step. */
    static final int STEP_SECONDS = 30;

    /** Digits of the codes Levier asks for (authenticator apps' default). */
    static final int DIGITS = 6;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private Totp() {}

    /**
     * @param key       the shared secret
     * @param algorithm {@code HmacSHA1}, {@code HmacSHA256} or {@code HmacSHA512}
     * @param at        the time
     * @param digits    code length (6–8)
     * @return the code, left-padded with zeros
     */
    static String code(byte[] key, String algorithm, Instant at, int digits) {
        return hotp(key, algorithm, Math.floorDiv(at.getEpochSecond(), STEP_SECONDS), digits);
    }

    /**
     * Checks a 6-digit SHA-1 code, accepting the previous and next step for clock drift, in constant
     * time per candidate.
     *
     * @param key  the shared secret
     * @param code what the user typed
     * @param now  the server's time
     * @return the matching time step, or -1 when the code is wrong
     */
    static long verify(byte[] key, String code, Instant now) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        for (long s = step - 1; s <= step + 1; s++) {
            if (MessageDigest.isEqual(hotp(key, "HmacSHA1", s, DIGITS).getBytes(), code.getBytes())) {
                return s;
            }
        }
        return -1;
    }

    static String hotp(byte[] key, String algorithm, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0xf;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
