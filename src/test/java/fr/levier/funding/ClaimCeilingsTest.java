package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.ClaimCeilings.Claimed;
import fr.levier.funding.ClaimCeilings.Rule;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Décret 2018-514 claim ceilings (configurable): advance ≤ 30 %, advance + interim ≤ 80 %, final on completion, never above the award. */
class ClaimCeilingsTest {

    @ParameterizedTest(name = "{0} {1} on award {2} after adv {3}/int {4}/fin {5}, completed {6} → {7} (limit {8})")
    @CsvSource({
        "ADVANCE, 300.00, 1000.00, 0,      0,      0,   false, ,                        ",
        "ADVANCE, 300.01, 1000.00, 0,      0,      0,   false, ADVANCE_CEILING,         300.00",
        "ADVANCE, 100.00, 1000.00, 250.00, 0,      0,   false, ADVANCE_CEILING,         50.00",
        "INTERIM, 500.00, 1000.00, 300.00, 0,      0,   false, ,                        ",
        "INTERIM, 500.01, 1000.00, 300.00, 0,      0,   false, CUMULATIVE_CEILING,      500.00",
        "INTERIM, 100.00, 1000.00, 300.00, 500.00, 0,   false, CUMULATIVE_CEILING,      0.00",
        "FINAL,   200.00, 1000.00, 300.00, 500.00, 0,   false, FINAL_BEFORE_COMPLETION, 0.00",
        "FINAL,   200.00, 1000.00, 300.00, 500.00, 0,   true,  ,                        ",
        "FINAL,   200.01, 1000.00, 300.00, 500.00, 0,   true,  ABOVE_AWARD,             200.00",
        "ADVANCE, 10.00,  ,        0,      0,      0,   false, NOT_AWARDED,             0.00",
    })
    void stateDefaults(
            ClaimType type,
            BigDecimal amount,
            BigDecimal award,
            BigDecimal adv,
            BigDecimal interim,
            BigDecimal fin,
            boolean completed,
            Rule rule,
            BigDecimal limit) {
        var v = ClaimCeilings.STATE.check(type, amount, award, new Claimed(adv, interim, fin), completed);
        if (rule == null) {
            assertThat(v).isEmpty();
        } else {
            assertThat(v).isPresent();
            assertThat(v.get().rule()).isEqualTo(rule);
            assertThat(v.get().limit()).isEqualByComparingTo(limit);
        }
    }

    @ParameterizedTest(name = "programme {0} %/{1} %: {2} {3} → {4}")
    @CsvSource({
        "20, 80, ADVANCE, 200.00, ",
        "20, 80, ADVANCE, 200.01, ADVANCE_CEILING",
        "15, 70, INTERIM, 700.00, ",
        "15, 70, INTERIM, 700.01, CUMULATIVE_CEILING",
    })
    void ceilingsAreConfigurablePerProgramme(
            BigDecimal advPct, BigDecimal cumPct, ClaimType type, BigDecimal amount, Rule rule) {
        var v = new ClaimCeilings(advPct, cumPct).check(type, amount, new BigDecimal("1000.00"), Claimed.NONE, false);
        assertThat(v.map(ClaimCeilings.Violation::rule).orElse(null)).isEqualTo(rule);
    }
}
