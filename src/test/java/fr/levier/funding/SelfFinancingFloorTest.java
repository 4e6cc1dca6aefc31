package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.SelfFinancingFloor.RateSource;
import fr.levier.funding.SelfFinancingFloor.Status;
import fr.levier.project.ChefDeFileField;
import fr.levier.project.FloorExemption;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CGCT L1111-10 III as the préfecture reads it: minimum = rate × total public funding, city included, rounded up
 * to the cent; both ways out in euros; public funding (city included) ≤ eligible expense; rate from the chef de
 * file field and the CTEC; typed exemptions.
 */
class SelfFinancingFloorTest {

    @ParameterizedTest(
            name = "owner={0} rate={1} exemption={2} city={3} others={4} → {5}, minimum {6}, margin {7},"
                    + " take over {8}, add {9}")
    @CsvSource({
        // exactly 20 % of the public total 100
        "true,  0.20, ,                20.00,    80.00,    MET,            20.00,    0.00,     ,        ",
        // one cent short: the total is 99.99, 20 % of it rounded up is 20.00
        "true,  0.20, ,                19.99,    80.00,    BROKEN,         20.00,    -0.01,    0.01,    0.01",
        // the case: 20 % of 60 000 is 12 000 (the old aid × 0.2 / 0.8 said 12 500)
        "true,  0.20, ,                10000.00, 50000.00, BROKEN,         12000.00, -2000.00, 2000.00, 2500.00",
        // no city money: take over the whole minimum, or add a quarter of the others' money
        "true,  0.20, ,                0.00,     100.00,   BROKEN,         20.00,    -20.00,   20.00,   25.00",
        "true,  0.20, ,                0.00,     0.00,     MET,            0.00,     0.00,     ,        ",
        // rounding up: 20 % of 43.34 = 8.668 → 8.67
        "true,  0.20, ,                10.00,    33.34,    MET,            8.67,     1.33,     ,        ",
        // 30 %: exactly, and one cent short
        "true,  0.30, ,                30.00,    70.00,    MET,            30.00,    0.00,     ,        ",
        "true,  0.30, ,                29.99,    70.00,    BROKEN,         30.00,    -0.01,    0.01,    0.01",
        // adding city money at 30 %: 100 × 0.3 / 0.7 = 42.857… → 42.86 (and 30 % of 142.86 = 42.858 → 42.86)
        "true,  0.30, ,                0.00,     100.00,   BROKEN,         30.00,    -30.00,   30.00,   42.86",
        // an exemption lifts the floor; the margin is shown, no way out is asked for
        "true,  0.20, PUBLIC_CALAMITY, 5.00,     95.00,    EXEMPT,         20.00,    -15.00,   ,        ",
        // the city does not own the project: no floor
        "false, 0.20, ,                0.00,     500.00,   NOT_APPLICABLE, ,         ,         ,        ",
    })
    void minimumIsTheRateOfTotalPublicFundingCityIncluded(
            boolean owner,
            BigDecimal rate,
            FloorExemption exemption,
            BigDecimal city,
            BigDecimal others,
            Status expected,
            BigDecimal minimum,
            BigDecimal margin,
            BigDecimal takeOver,
            BigDecimal add) {
        var r = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(owner, rate, exemption, city, others, null));
        assertThat(r.status()).isEqualTo(expected);
        assertThat(r.exemption()).isEqualTo(exemption);
        assertEqual(r.minimumCity(), minimum);
        assertEqual(r.margin(), margin);
        assertEqual(r.takeOverFromOthers(), takeOver);
        assertEqual(r.addCityMoney(), add);
        if (takeOver != null) {
            // each way out, applied, meets the floor exactly (not a cent more than needed)
            var afterTakeOver = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                    owner, rate, null, city.add(takeOver), others.subtract(takeOver), null));
            assertThat(afterTakeOver.status()).isEqualTo(Status.MET);
            var afterAdd = SelfFinancingFloor.evaluate(
                    new SelfFinancingFloor.Input(owner, rate, null, city.add(add), others, null));
            assertThat(afterAdd.status()).isEqualTo(Status.MET);
            var oneCentLess = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                    owner, rate, null, city.add(add).subtract(new BigDecimal("0.01")), others, null));
            assertThat(oneCentLess.status()).isEqualTo(Status.BROKEN);
        }
    }

    @ParameterizedTest(name = "city {0} + others {1} vs eligible {2} → within={3}, margin {4}")
    @CsvSource({
        "20.00, 80.00,  100.00, true,  0.00",
        // the city's money counts: one cent above with it, though the others alone are well below
        "20.01, 80.00,  100.00, false, -0.01",
        "0.00,  100.01, 100.00, false, -0.01",
        "0.00,  50.00,  100.00, true,  50.00",
    })
    void publicFundingCityIncludedMayNotExceedTheEligibleExpense(
            BigDecimal city, BigDecimal others, BigDecimal eligible, boolean within, BigDecimal margin) {
        var r = SelfFinancingFloor.evaluate(
                new SelfFinancingFloor.Input(false, SelfFinancingFloor.OWNER_RATE, null, city, others, eligible));
        assertThat(r.aidWithinEligible()).isEqualTo(within);
        assertThat(r.aidMargin()).isEqualByComparingTo(margin);
        assertThat(r.broken()).isEqualTo(!within);
    }

    @ParameterizedTest(name = "others {0}, eligible {1}: adding {2} of city money is legal={3}")
    @CsvSource({
        // adding 25 brings public funding to 125
        "100.00, 125.00, 25.00, true",
        "100.00, 124.99, 25.00, false",
    })
    void addingCityMoneyIsOnlyLegalWhilePublicFundingStaysWithinTheEligibleExpense(
            BigDecimal others, BigDecimal eligible, BigDecimal add, boolean legal) {
        var r = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                true, SelfFinancingFloor.OWNER_RATE, null, BigDecimal.ZERO, others, eligible));
        assertThat(r.addCityMoney()).isEqualByComparingTo(add);
        assertThat(r.addCityKeepsAidWithinEligible()).isEqualTo(legal);
    }

    @ParameterizedTest(name = "field={0} ctec={1} → {2} ({3})")
    @CsvSource({
        ",                             ,     0.20, GENERAL",
        // a CTEC rate without a chef de file field changes nothing
        ",                             0.25, 0.20, GENERAL",
        "COMMUNE_SUSTAINABLE_MOBILITY, ,     0.30, CHEF_DE_FILE",
        "REGION_CLIMATE_ENERGY,        0.20, 0.20, CTEC",
        "DEPARTMENT_AUTONOMY,          0.25, 0.25, CTEC",
    })
    void theRateFollowsTheChefDeFileFieldUnlessACtecSetsOtherwise(
            ChefDeFileField field, BigDecimal ctec, BigDecimal rate, RateSource source) {
        assertThat(SelfFinancingFloor.rate(field, ctec)).isEqualByComparingTo(rate);
        assertThat(SelfFinancingFloor.rateSource(field, ctec)).isEqualTo(source);
    }

    @ParameterizedTest(name = "recorded={0} anru={1} → {2}")
    @CsvSource({
        ",                   false, ",
        ",                   true,  URBAN_RENEWAL",
        "PROTECTED_MONUMENT, true,  PROTECTED_MONUMENT",
        "PUBLIC_CALAMITY,    false, PUBLIC_CALAMITY",
    })
    void urbanRenewalIsAutomaticForAnruFundedOperations(
            FloorExemption recorded, boolean anru, FloorExemption expected) {
        assertThat(SelfFinancingFloor.exemption(recorded, anru)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"20.00, 80.00, 20.00", "0.00, 0.00, ", "50.00, 50.00, 50.00"})
    void cityShareIsAPercentageOfTotalPublicFundingAndUndefinedOnZero(
            BigDecimal city, BigDecimal others, BigDecimal share) {
        var r = SelfFinancingFloor.evaluate(
                new SelfFinancingFloor.Input(true, SelfFinancingFloor.OWNER_RATE, null, city, others, null));
        assertEqual(r.cityShare(), share);
    }

    private static void assertEqual(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }
}
