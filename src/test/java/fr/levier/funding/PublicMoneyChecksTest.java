package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** FCTVA (16,404 % of the eligible TTC, CGCT L1615-6), fonds de concours cap (CGCT L5216-5 VI), leverage kinds. */
class PublicMoneyChecksTest {

    @ParameterizedTest(name = "FCTVA of {0} = {1}")
    @CsvSource({
        "1000.00, 164.04",
        "100.00,  16.40",
        // 16.408 9… → 16.41 (to the nearest cent, not truncated)
        "100.03,  16.41",
        "0.03,    0.00",
        "1200000.00, 196848.00",
        ",        ",
    })
    void fctvaIsTheRateOfTheEligibleExpenseInclTax(BigDecimal base, BigDecimal fctva) {
        BigDecimal actual = PublicMoneyChecks.fctva(base);
        if (fctva == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(fctva).hasScaleOf(2);
        }
    }

    @ParameterizedTest(name = "fonds de concours {0} vs city share {1} → within={2}, margin {3}")
    @CsvSource({
        "100.00, 100.00, true,  0.00",
        "100.01, 100.00, false, -0.01",
        "0.00,   0.00,   true,  0.00",
        "50.00,  0.00,   false, -50.00",
    })
    void fondsDeConcoursMayNotExceedTheCitysOwnShare(
            BigDecimal amount, BigDecimal city, boolean within, BigDecimal margin) {
        var r = PublicMoneyChecks.fondsDeConcours(amount, city);
        assertThat(r.withinCap()).isEqualTo(within);
        assertThat(r.margin()).isEqualByComparingTo(margin);
    }

    @ParameterizedTest
    @EnumSource(CommitmentKind.class)
    void leverageCountsGrantsMecenatAndPppOnlyInKindParrainageAndLoansApart(CommitmentKind kind) {
        boolean expected =
                switch (kind) {
                    case GRANT, MECENAT, PPP -> true;
                    case IN_KIND, SPONSORSHIP, LOAN -> false;
                };
        assertThat(kind.countsInLeverage()).isEqualTo(expected);
    }
}
