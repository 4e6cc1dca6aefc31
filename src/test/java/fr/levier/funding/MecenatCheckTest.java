package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counterparts above 25 % of the gift make it sponsoring (parrainage), not mécénat. */
class MecenatCheckTest {

    @ParameterizedTest(name = "gift {0}, counterparts {1} → sponsoring={2}, {3} %")
    @CsvSource({
        "1000.00, ,        false, 0.00",
        "1000.00, 250.00,  false, 25.00",
        "1000.00, 250.01,  true,  25.01",
        "1000.00, 249.99,  false, 25.00",
        "10000.00, 2500.01, true, 25.01",
        "10000.01, 2500.01, true, 25.01",
        "10000.03, 2500.00, false, 25.00",
        "3.00,    1.00,    true,  33.34",
        "1000.00, 400.00,  true,  40.00",
        "0.00,    10.00,   true,  ",
        "0.00,    ,        false, ",
    })
    void sponsoringAboveOneQuarter(BigDecimal gift, BigDecimal counterpart, boolean sponsoring, BigDecimal pct) {
        var r = MecenatCheck.evaluate(gift, counterpart);
        assertThat(r.sponsoring()).isEqualTo(sponsoring);
        if (pct == null) {
            assertThat(r.counterpartPct()).isNull();
        } else {
            assertThat(r.counterpartPct()).isEqualByComparingTo(pct);
        }
    }
}
