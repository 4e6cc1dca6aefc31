package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiretRulesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "732829320, true", // SIREN, Luhn ok
        "73282932000074, true", // SIRET, Luhn ok
        "443061841, true",
        "44306184100047, true",
        "732829321, false", // wrong check digit
        "73282932000075, false",
        "12345678901234, false",
        "7328293200007, false", // 13 digits
        "73282932, false", // 8 digits
        "7328293200007A, false", // not digits
        "35600000000048, true", // La Poste head office: Luhn ok
        "35600000049837, true", // La Poste establishment: digit sum multiple of 5, not Luhn
        "35600000012345, false", // La Poste prefix but digit sum not a multiple of 5
        "356000000, true", // La Poste SIREN
    })
    void checksLengthLuhnAndLaPosteException(String value, boolean valid) {
        assertThat(SiretRules.isValid(value)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({
        "'732 829 320 00074', 73282932000074",
        "'732.829.320-00074', 73282932000074",
        "'  ', ",
        "'732\u00a0829\u00a0320', 732829320"
    })
    void cleansSpacesDotsAndDashes(String raw, String clean) {
        assertThat(SiretRules.clean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest
    @CsvSource({"7328293200007", "4100000000010", "12345678"})
    void completesAPrefixWithItsCheckDigit(String prefix) {
        assertThat(SiretRules.isValid(SiretRules.withCheckDigit(prefix))).isTrue();
    }
}
