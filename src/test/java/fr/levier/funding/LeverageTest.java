package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Leverage = partner money ÷ city money; "—" when the city puts nothing in. */
class LeverageTest {

    @ParameterizedTest(name = "{0} ÷ {1} → {2} / {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "500.00; 100.00; 5.00; 5,00",
                "0.00; 100.00; 0.00; 0,00",
                "100.00; 300.00; 0.33; 0,33",
                "100.00; 0.00; ; —",
                "100.00; ; ; —",
                "; 100.00; 0.00; 0,00",
            })
    void ratioWithTwoDecimalsAndDashOnZero(BigDecimal partner, BigDecimal city, BigDecimal expected, String shown) {
        BigDecimal r = Leverage.ratio(partner, city);
        if (expected == null) {
            assertThat(r).isNull();
        } else {
            assertThat(r).isEqualByComparingTo(expected);
        }
        assertThat(Leverage.format(r, Locale.FRENCH)).isEqualTo(shown);
    }
}
