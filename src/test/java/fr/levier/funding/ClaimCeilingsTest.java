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

    @ParameterizedTest(
            name = "catalogue adv {0}/guar {1}/cum {2}/long {3}, agreed {4} guarantee {5}, {6} months: {7} {8} → {9}")
    @CsvSource(
            nullValues = "-",
            value = {
                // unknown ceilings ("non renseigné"): only the award caps
                "-,  -,  -,  -,  -,  false, -,  ADVANCE, 1000.00, -",
                "-,  -,  -,  -,  -,  false, -,  ADVANCE, 1000.01, ABOVE_AWARD",
                "-,  -,  -,  -,  -,  false, -,  INTERIM, 1000.00, -",
                // an agreed rate still applies when the programme's default is unknown
                "-,  -,  -,  -,  40, true,  -,  ADVANCE, 400.01,  ADVANCE_CEILING",
                // long operation: 90 % only when the catalogue gives it
                "30, 60, 80, 90, -,  false, 49, INTERIM, 900.00,  -",
                "30, 60, 80, 90, -,  false, 49, INTERIM, 900.01,  CUMULATIVE_CEILING",
                "30, 60, 80, 90, -,  false, 48, INTERIM, 800.01,  CUMULATIVE_CEILING",
                "30, -,  80, -,  -,  false, 60, INTERIM, 800.01,  CUMULATIVE_CEILING",
                "30, -,  80, -,  -,  false, 60, INTERIM, 800.00,  -",
            })
    void unknownValuesApplyNoCeilingAndVariantsComeFromTheCatalogue(
            BigDecimal adv,
            BigDecimal guarantee,
            BigDecimal cum,
            BigDecimal longOp,
            BigDecimal agreed,
            boolean guaranteed,
            Integer months,
            ClaimType type,
            BigDecimal amount,
            Rule rule) {
        var ceilings = new ClaimCeilings(adv, cum, guarantee, longOp);
        var ctx = new ClaimCeilings.Context(
                new BigDecimal("1000.00"), null, Claimed.NONE, true, true, false, agreed, months);
        assertThat(ceilings.check(type, amount, ctx)
                        .map(ClaimCeilings.Violation::rule)
                        .orElse(null))
                .isEqualTo(rule);
    }

    @ParameterizedTest(name = "catalogue adv {0}/guar {1}: agreed {2} guarantee {3} → {4}")
    @CsvSource(
            nullValues = "-",
            value = {
                "30, 60, 30,    false, -",
                "30, 60, 30.01, false, GUARANTEE_REQUIRED",
                "30, 60, 60,    true,  -",
                "30, 60, 60.01, true,  ABOVE_MAXIMUM",
                // no rate with a guarantee in the catalogue (DETR/DSIL): nothing above the default
                "30, -,  30.01, true,  ABOVE_MAXIMUM",
                "30, 75, 60.01, true,  ABOVE_MAXIMUM",
                // nothing known: the décret's 60 % is the most any text allows
                "-,  -,  60,    false, -",
                "-,  -,  60.01, true,  ABOVE_MAXIMUM",
            })
    void anAgreedAdvanceRateNeedsTheCataloguesRateWithAGuarantee(
            BigDecimal adv,
            BigDecimal guarantee,
            BigDecimal agreed,
            boolean guaranteed,
            ClaimCeilings.AdvanceRule rule) {
        assertThat(new ClaimCeilings(adv, new BigDecimal("80"), guarantee, null)
                        .checkAdvanceRate(agreed, guaranteed)
                        .orElse(null))
                .isEqualTo(rule);
    }
}
