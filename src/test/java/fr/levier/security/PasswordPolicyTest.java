package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "\"{0}\" acceptable: {1}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "NULL, false",
                "'', false",
                "'            ', false",
                "short-pass1, false",
                "twelve-chars, true",
                "levier-demo-2026, true",
                "Rhubarbe-Cadran-Ocre, true",
                // common passwords, as such or with the usual suffixes (issue 10)
                "motdepasse123, false",
                "Password1234, false",
                "azertyuiop12, false",
                "iloveyou2026!, false",
                "Marseille2026!, false",
                // trivial ones
                "aaaaaaaaaaaa, false",
                "abababababab, false",
                "abcdefabcdef, false",
                "abcdefghijklm, false",
                "zyxwvutsrqpo, false",
                "aabbaabbaabbcc, false",
            })
    void passwordsNeedTwelveCharacters(String password, boolean acceptable) {
        assertThat(PasswordPolicy.isAcceptable(password)).isEqualTo(acceptable);
    }
}
