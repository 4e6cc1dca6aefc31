package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.SelfFinancingFloor.Status;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CGCT L1111-10: the city's own share of total public funding, 20 % (30 % as lead body), exemption, eligible expense. */
class SelfFinancingFloorTest {

    @ParameterizedTest(name = "owner={0} lead={1} exempt={2} city={3} aid={4} → {5}, minimum {6}, margin {7}")
    @CsvSource({
        // exactly 20 %: 20 of 100 of public funding
        "true,  false, false, 20.00,  80.00,  MET,            20.00,  0.00",
        // one cent short of 20 %
        "true,  false, false, 19.99,  80.00,  BROKEN,         20.00,  -0.01",
        "true,  false, false, 30.00,  80.00,  MET,            20.00,  10.00",
        // zero city money with public aid: broken by the whole minimum
        "true,  false, false, 0.00,   100.00, BROKEN,         25.00,  -25.00",
        // zero city money and no public aid: nothing to match
        "true,  false, false, 0.00,   0.00,   MET,            0.00,   0.00",
        // lead body: 30 %; exactly 30 of 100
        "true,  true,  false, 30.00,  70.00,  MET,            30.00,  0.00",
        "true,  true,  false, 25.00,  70.00,  BROKEN,         30.00,  -5.00",
        // exemption lifts the floor but the margin is still shown
        "true,  false, true,  5.00,   95.00,  EXEMPT,         23.75,  -18.75",
        // the city is not owner: no floor
        "false, false, false, 0.00,   500.00, NOT_APPLICABLE, ,       ",
        // rounding up to the cent keeps the minimum on the safe side (100 × 0.3 / 0.7 = 42.857…)
        "true,  true,  false, 42.86,  100.00, MET,            42.86,  0.00",
    })
    void floorDependsOnOwnershipLeadBodyAndExemption(
            boolean owner,
            boolean lead,
            boolean exempt,
            BigDecimal city,
            BigDecimal aid,
            Status expected,
            BigDecimal minimum,
            BigDecimal margin) {
        var r = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(owner, lead, exempt, city, aid, null));
        assertThat(r.status()).isEqualTo(expected);
        if (minimum == null) {
            assertThat(r.minimumCity()).isNull();
            assertThat(r.margin()).isNull();
        } else {
            assertThat(r.minimumCity()).isEqualByComparingTo(minimum);
            assertThat(r.margin()).isEqualByComparingTo(margin);
        }
    }

    @ParameterizedTest(name = "aid {0} vs eligible {1} → within={2}, margin {3}")
    @CsvSource({
        "80.00,  100.00, true,  20.00",
        "100.00, 100.00, true,  0.00",
        "100.01, 100.00, false, -0.01",
    })
    void publicAidMayNotExceedTheEligibleExpense(
            BigDecimal aid, BigDecimal eligible, boolean within, BigDecimal margin) {
        var r = SelfFinancingFloor.evaluate(
                new SelfFinancingFloor.Input(false, false, false, BigDecimal.ZERO, aid, eligible));
        assertThat(r.aidWithinEligible()).isEqualTo(within);
        assertThat(r.aidMargin()).isEqualByComparingTo(margin);
        assertThat(r.broken()).isEqualTo(!within);
    }

    @ParameterizedTest
    @CsvSource({"20.00, 80.00, 20.00", "0.00, 0.00, ", "50.00, 50.00, 50.00"})
    void cityShareIsAPercentageOfTotalPublicFundingAndUndefinedOnZero(
            BigDecimal city, BigDecimal aid, BigDecimal share) {
        var r = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(true, false, false, city, aid, null));
        if (share == null) {
            assertThat(r.cityShare()).isNull();
        } else {
            assertThat(r.cityShare()).isEqualByComparingTo(share);
        }
    }
}
