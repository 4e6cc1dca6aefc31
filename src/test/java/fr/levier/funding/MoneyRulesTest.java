package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money rules of issue 8b at their boundaries: lapse regimes, claim ceilings, final payment, cents, words. */
class MoneyRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static LocalDate d(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    private static BigDecimal eur(String s) {
        return s == null || s.isBlank() ? null : new BigDecimal(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | regime         | received   | allowed    | notified   | started    | startExt   | complExt   | kind       | date       | state    | findings
            start on the deadline day: in time      | STATE_2018_514 | 2023-01-10 | -          | 2024-11-26 | 2026-11-26 | -          | -          | COMPLETION | 2030-11-26 | ON_TRACK | -
            start one day late: lapse at once       | STATE_2018_514 | 2023-01-10 | -          | 2024-11-26 | 2026-11-27 | -          | -          | START      | 2026-11-26 | OVERDUE  | LATE_START
            late start within the extension granted | DETR_DSIL      | 2023-01-10 | -          | 2024-06-01 | 2026-09-01 | 2026-12-01 | -          | COMPLETION | 2030-09-01 | ON_TRACK | -
            start after the extension granted       | DETR_DSIL      | 2023-01-10 | -          | 2024-06-01 | 2026-12-02 | 2026-12-01 | -          | START      | 2026-12-01 | OVERDUE  | LATE_START
            extension of one year exactly           | STATE_2018_514 | 2023-01-10 | -          | 2024-06-01 | -          | 2027-06-01 | -          | START      | 2027-06-01 | ON_TRACK | -
            extension of one year and a day         | STATE_2018_514 | 2023-01-10 | -          | 2024-06-01 | -          | 2027-06-02 | -          | START      | 2027-06-02 | ON_TRACK | START_EXTENSION_TOO_LONG
            start the day the request was received  | STATE_2018_514 | 2024-01-10 | -          | 2024-06-01 | 2024-01-10 | -          | -          | COMPLETION | 2028-01-10 | ON_TRACK | -
            start the day before: ineligible        | STATE_2018_514 | 2024-01-10 | -          | 2024-06-01 | 2024-01-09 | -          | -          | COMPLETION | 2028-01-09 | ON_TRACK | START_BEFORE_REQUEST
            start before, allowed by the funder     | STATE_2018_514 | 2024-01-10 | 2023-12-01 | 2024-06-01 | 2024-01-09 | -          | -          | COMPLETION | 2028-01-09 | ON_TRACK | -
            completion extended two years DETR      | DETR_DSIL      | 2021-01-10 | -          | 2021-06-01 | 2022-01-15 | -          | 2028-01-15 | COMPLETION | 2028-01-15 | ON_TRACK | -
            completion extended two years + 1 day   | DETR_DSIL      | 2021-01-10 | -          | 2021-06-01 | 2022-01-15 | -          | 2028-01-16 | COMPLETION | 2028-01-16 | ON_TRACK | COMPLETION_EXTENSION_TOO_LONG
            completion not extended: overdue        | DETR_DSIL      | 2021-01-10 | -          | 2021-06-01 | 2022-01-15 | -          | -          | COMPLETION | 2026-01-15 | OVERDUE  | -
            """)
    void theLapseClockReadsTheDatesAgainstTheirRegime(
            String name,
            LapseClock.Regime regime,
            String received,
            String allowed,
            String notified,
            String started,
            String startExt,
            String complExt,
            LapseClock.Kind kind,
            String date,
            LapseClock.State state,
            String findings) {
        LapseClock.Verdict v = LapseClock.evaluate(
                new LapseClock.Input(
                        regime,
                        LapseClock.Rules.STATE,
                        d(received),
                        d(allowed),
                        d(notified),
                        d(started),
                        null,
                        d(startExt),
                        d(complExt),
                        null),
                TODAY);
        assertThat(v.deadline().kind()).isEqualTo(kind);
        assertThat(v.deadline().date()).isEqualTo(d(date));
        assertThat(v.deadline().state()).isEqualTo(state);
        assertThat(v.deadline().regime()).isEqualTo(regime);
        assertThat(v.findings())
                .containsExactlyElementsOf(
                        findings == null
                                ? List.of()
                                : Arrays.stream(findings.split(","))
                                        .map(LapseClock.Finding::valueOf)
                                        .toList());
        assertThat(v.atRisk()).isEqualTo(state == LapseClock.State.OVERDUE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | programme | started | agreed | months | type    | amount    | already adv | already int | rule
            advance before the start is refused     | true      | false   | -      | -      | ADVANCE | 1.00      | 0           | 0           | ADVANCE_BEFORE_START
            advance of 30 % exactly                 | true      | true    | -      | -      | ADVANCE | 30000.00  | 0           | 0           | -
            advance one cent above 30 %             | true      | true    | -      | -      | ADVANCE | 30000.01  | 0           | 0           | ADVANCE_CEILING
            advance of 60 % agreed with guarantee   | true      | true    | 60     | -      | ADVANCE | 60000.00  | 0           | 0           | -
            advance one cent above the agreed 60 %  | true      | true    | 60     | -      | ADVANCE | 60000.01  | 0           | 0           | ADVANCE_CEILING
            interim up to 80 %                      | true      | true    | -      | 48     | INTERIM | 50000.00  | 30000.00    | 0           | -
            interim one cent above 80 % (48 months) | true      | true    | -      | 48     | INTERIM | 50000.01  | 30000.00    | 0           | CUMULATIVE_CEILING
            interim up to 90 % beyond 48 months     | true      | true    | -      | 49     | INTERIM | 60000.00  | 30000.00    | 0           | -
            interim one cent above 90 %             | true      | true    | -      | 49     | INTERIM | 60000.01  | 30000.00    | 0           | CUMULATIVE_CEILING
            no programme: a gift paid in one go     | false     | false   | -      | -      | FINAL   | 100000.00 | 0           | 0           | -
            no programme: advance before the start  | false     | false   | -      | -      | ADVANCE | 100000.00 | 0           | 0           | -
            no programme: one cent above the award  | false     | false   | -      | -      | FINAL   | 100000.01 | 0           | 0           | ABOVE_AWARD
            """)
    void claimCeilingsFollowTheProgrammeTheStartTheAgreedAdvanceAndTheLength(
            String name,
            boolean programme,
            boolean started,
            String agreed,
            Integer months,
            ClaimType type,
            String amount,
            String adv,
            String interim,
            ClaimCeilings.Rule rule) {
        BigDecimal award = eur("100000.00");
        var ctx = new ClaimCeilings.Context(
                award,
                award,
                new ClaimCeilings.Claimed(eur(adv), eur(interim), BigDecimal.ZERO),
                programme,
                started,
                true,
                eur(agreed),
                months);
        assertThat(ClaimCeilings.STATE
                        .check(type, eur(amount), ctx)
                        .map(ClaimCeilings.Violation::rule)
                        .orElse(null))
                .isEqualTo(rule);
    }

    @ParameterizedTest(name = "advance rate {0} % guarantee {1} → {2}")
    @CsvSource(nullValues = "-", textBlock = """
            30, false, -
            30.01, false, GUARANTEE_REQUIRED
            30.01, true, -
            60, true, -
            60.01, true, ABOVE_MAXIMUM
            """)
    void anAdvanceAboveThirtyPercentNeedsAGuaranteeAndNeverExceedsSixty(
            String pct, boolean guarantee, ClaimCeilings.AdvanceRule rule) {
        assertThat(ClaimCeilings.STATE.checkAdvanceRate(eur(pct), guarantee).orElse(null))
                .isEqualTo(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                   | award     | subsidised | actual    | received  | repaid   | final     | remaining | repay
            no actual expense yet: award is the cap  | 100000.00 | 250000.00  | -         | 30000.00  | 0        | -         | 70000.00  | 0.00
            actual = subsidised: the whole award     | 100000.00 | 250000.00  | 250000.00 | 80000.00  | 0        | 100000.00 | 20000.00  | 0.00
            actual above subsidised: capped at award | 100000.00 | 250000.00  | 300000.00 | 80000.00  | 0        | 100000.00 | 20000.00  | 0.00
            actual below: rate × actual, cent floor  | 100000.00 | 300000.00  | 100000.00 | 30000.00  | 0        | 33333.33  | 3333.33   | 0.00
            more received than the final grant       | 100000.00 | 250000.00  | 150000.00 | 80000.00  | 0        | 60000.00  | 0.00      | 20000.00
            repayment recorded: nothing left         | 100000.00 | 250000.00  | 150000.00 | 80000.00  | 20000.00 | 60000.00  | 0.00      | 0.00
            exactly the final grant received         | 100000.00 | 250000.00  | 150000.00 | 60000.00  | 0        | 60000.00  | 0.00      | 0.00
            """)
    void theFinalPaymentIsRateTimesActualExpenseCappedAtTheAward(
            String name,
            String award,
            String subsidised,
            String actual,
            String received,
            String repaid,
            String finalGrant,
            String remaining,
            String repay) {
        FinalPayment p = FinalPayment.of(eur(award), eur(subsidised), eur(actual), eur(received), eur(repaid));
        assertThat(p.finalGrant()).isEqualTo(eur(finalGrant));
        assertThat(p.remainingToClaim()).isEqualTo(eur(remaining));
        assertThat(p.toRepay()).isEqualTo(eur(repay));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @CsvSource(delimiter = '|', textBlock = """
            10000.00 | 1,1,1          | 3333.34,3333.33,3333.33
            100.00   | 1,1,1,1,1,1    | 16.67,16.67,16.67,16.67,16.66,16.66
            0.02     | 1,1,1          | 0.01,0.01,0.00
            80000.00 | 50000,25000,5000 | 50000.00,25000.00,5000.00
            1000.00  | 2,1            | 666.67,333.33
            """)
    void splitsAddUpToTheCentWithTheLargestRemainder(String total, String weights, String parts) {
        List<BigDecimal> result = Apportion.split(
                eur(total),
                Arrays.stream(weights.split(",")).map(BigDecimal::new).toList());
        assertThat(result)
                .containsExactlyElementsOf(
                        Arrays.stream(parts.split(",")).map(BigDecimal::new).toList());
        assertThat(result.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.00         | zéro euro
            1.00         | un euro
            1.01         | un euro et un centime
            21.00        | vingt et un euros
            71.00        | soixante et onze euros
            80.00        | quatre-vingts euros
            81.00        | quatre-vingt-un euros
            91.00        | quatre-vingt-onze euros
            200.00       | deux cents euros
            201.00       | deux cent un euros
            1000.00      | mille euros
            80000.00     | quatre-vingt mille euros
            200000.00    | deux cent mille euros
            10000.00     | dix mille euros
            1234.56      | mille deux cent trente-quatre euros et cinquante-six centimes
            1000000.00   | un million d'euros
            2500000.00   | deux millions cinq cent mille euros
            0.50         | cinquante centimes
            """)
    void amountsAreWrittenInFrenchWords(String amount, String words) {
        assertThat(AmountInWords.french(eur(amount))).isEqualTo(words);
    }
}
