package fr.levier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchFormatsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234567.89 | 1 234 567,89 €",
                "0          | 0,00 €",
                "-1500.5    | -1 500,50 €",
                "999.999    | 1 000,00 €",
                "15000000   | 15 000 000,00 €",
            })
    void moneyIsShownTheFrenchWay(String amount, String expected) {
        assertThat(FrenchFormats.money(new BigDecimal(amount)).replace('\u00A0', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1234567.89 | 1,234,567.89 €",
                "0.5        | 0.50 €",
            })
    void moneyInEnglishKeepsEurosWithEnglishSeparators(String amount, String expected) {
        assertThat(FrenchFormats.money(new BigDecimal(amount), Locale.ENGLISH).replace('\u00A0', ' '))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2026-11-25, 25/11/2026", "2028-02-29, 29/02/2028", "2026-01-01, 01/01/2026"})
    void datesAreDayFirst(LocalDate date, String expected) {
        assertThat(FrenchFormats.date(date)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"0 | 0", "222 | 222", "12345 | 12 345"})
    void countsAreGrouped(long value, String expected) {
        assertThat(FrenchFormats.count(value, Locale.FRENCH).replace('\u00A0', ' '))
                .isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nullShowsNothing() {
        assertThat(FrenchFormats.money(null)).isEmpty();
        assertThat(FrenchFormats.date(null)).isEmpty();
    }
}
