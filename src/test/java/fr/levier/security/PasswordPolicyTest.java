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
            })
    void passwordsNeedTwelveCharacters(String password, boolean acceptable) {
        assertThat(PasswordPolicy.isAcceptable(password)).isEqualTo(acceptable);
    }
}
