package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TOTP against the test vectors of RFC 6238 (appendix B) and base32 against RFC 4648. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T={0} {1} -> {2}")
    @CsvSource({
        "59, HmacSHA1, 94287082",
        "59, HmacSHA256, 46119246",
        "59, HmacSHA512, 90693936",
        "1111111109, HmacSHA1, 07081804",
        "1111111109, HmacSHA256, 68084774",
        "1111111109, HmacSHA512, 25091201",
        "1111111111, HmacSHA1, 14050471",
        "1111111111, HmacSHA256, 67062674",
        "1111111111, HmacSHA512, 99943326",
        "1234567890, HmacSHA1, 89005924",
        "1234567890, HmacSHA256, 91819424",
        "1234567890, HmacSHA512, 93441116",
        "2000000000, HmacSHA1, 69279037",
        "2000000000, HmacSHA256, 90698825",
        "2000000000, HmacSHA512, 38618901",
        "20000000000, HmacSHA1, 65353130",
        "20000000000, HmacSHA256, 77737706",
        "20000000000, HmacSHA512, 47863826"
    })
    void matchesTheRfc6238TestVectors(long seconds, String algorithm, String expected) {
        byte[] key =
                switch (algorithm) {
                    case "HmacSHA1" -> SHA1_KEY;
                    case "HmacSHA256" -> SHA256_KEY;
                    default -> SHA512_KEY;
                };
        assertThat(Totp.code(key, algorithm, Instant.ofEpochSecond(seconds), 8)).isEqualTo(expected);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterButNotFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = now.getEpochSecond() / 30;
        for (int offset = -2; offset <= 2; offset++) {
            String code = Totp.hotp(SHA1_KEY, "HmacSHA1", step + offset, 6);
            long accepted = Totp.verify(SHA1_KEY, code, now);
            if (Math.abs(offset) <= 1) {
                assertThat(accepted).as("offset " + offset).isEqualTo(step + offset);
            } else {
                assertThat(accepted).as("offset " + offset).isEqualTo(-1);
            }
        }
        assertThat(Totp.verify(SHA1_KEY, "12345", now)).isEqualTo(-1);
        assertThat(Totp.verify(SHA1_KEY, "abcdef", now)).isEqualTo(-1);
        assertThat(Totp.verify(SHA1_KEY, null, now)).isEqualTo(-1);
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32FollowsRfc4648(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase()), StandardCharsets.US_ASCII))
                .isEqualTo(text);
    }
}
