package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1 234,50 € | 1234.50",
                "1\u00a0234,50\u00a0€ | 1234.50",
                "1\u202f234,5 | 1234.5",
                "1234,5 | 1234.5",
                "1.234,50 | 1234.50",
                "1,234.50 | 1234.50",
                "1.234.567 | 1234567",
                "12,00 EUR | 12.00",
                "-300,25 | -300.25",
                "(300) | -300",
                "1234.5 | 1234.5",
                "+15 | 15",
                "0 | 0",
            })
    void readsFrenchAndEnglishWritings(String text, String expected) {
        assertThat(FrenchNumbers.parse(text)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,3,4.5x", "1 2 3 €€ x", "=SUM(A1)", "--"})
    void rejectsText(String text) {
        assertThatThrownBy(() -> FrenchNumbers.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsNoNumber(String text) {
        assertThat(FrenchNumbers.parse(text)).isEmpty();
    }
}
