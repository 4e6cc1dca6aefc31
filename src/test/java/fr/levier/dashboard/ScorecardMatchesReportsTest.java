package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.ClaimInput;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.ClaimType;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.PaymentInput;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.reporting.FundingReports;
import fr.levier.reporting.MonthlyCash;
import fr.levier.reporting.ReportFilter;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financial perspective shows the funding reports' numbers: the same figures for the same
 * period, on data the test creates (rolled back), and the changes it causes computed by hand.
 */
@IntegrationTest
@Transactional
class ScorecardMatchesReportsTest {

    @Autowired
    ScorecardService scorecard;

    @Autowired
    FundingReports reports;

    @Autowired
    ClaimService claims;

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    EntityManager em;

    @Autowired
    Clock clock;

    private Scorecard now() {
        em.flush();
        return as.call("viewer", () -> scorecard.scorecardAt(LocalDate.now(clock)));
    }

    private void createFinancialData(LocalDate today) {
        long state = fx.partner(PartnerType.STATE);
        // awarded this year (notified today): 12 345,67 €, with a claim of 3 000,00 € cashed today
        CommitmentDetails grant = fx.awarded(
                state,
                CommitmentKind.GRANT,
                null,
                "20000.00",
                "12345.67",
                new DossierDates(null, null, null, today, today, null, null, null));
        ClaimSummary claim = as.call(
                "officer",
                () -> claims.create(
                        grant.id(),
                        new ClaimInput(
                                ClaimType.INTERIM, new BigDecimal("3000.00"), today, ClaimStatus.SENT, Set.of())));
        as.run(
                "finance",
                () -> claims.recordPayment(
                        claim.id(), claim.version(), new PaymentInput(new BigDecimal("3000.00"), today)));
        // a State grant notified two years and a day ago, works not started: its start deadline is past
        fx.awarded(
                state,
                CommitmentKind.GRANT,
                "DSIL",
                "50000.00",
                "50000.00",
                new DossierDates(null, null, null, null, today.minusYears(2).minusDays(1), null, null, null));
    }

    @Test
    void financialIndicatorsAreTheReportsFigures() {
        LocalDate today = LocalDate.now(clock);
        createFinancialData(today);
        Scorecard s = now();
        LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);
        as.run("viewer", () -> {
            assertThat(s.get(IndicatorKey.FUNDS_RAISED_YEAR).value())
                    .isEqualByComparingTo(reports.byFunderTypeTotals(ReportFilter.ALL.withPeriod(jan1, today))
                            .amounts()
                            .awarded());
            assertThat(s.get(IndicatorKey.CASHED_YEAR).value())
                    .isEqualByComparingTo(reports.cashedByMonth(ReportFilter.ALL.withPeriod(jan1, today)).stream()
                            .map(MonthlyCash::cashed)
                            .reduce(BigDecimal.ZERO, BigDecimal::add));
            assertThat(s.get(IndicatorKey.AMOUNT_AT_RISK).value())
                    .isEqualByComparingTo(reports.receivablesAgingTotals(ReportFilter.ALL.withPeriod(null, today))
                            .atRiskAmount());
            BigDecimal leverage = reports.byProjectTotals(ReportFilter.ALL).leverage();
            if (leverage == null) {
                assertThat(s.get(IndicatorKey.LEVERAGE).value()).isNull();
            } else {
                assertThat(s.get(IndicatorKey.LEVERAGE).value()).isEqualByComparingTo(leverage);
            }
            reports.byFunderType(ReportFilter.ALL).forEach(row -> assertThat(
                            s.charts().fundingByFunderType().get(row.type().name()))
                    .isEqualByComparingTo(row.amounts().awarded()));
            BigDecimal thisMonth =
                    reports
                            .cashedByMonth(ReportFilter.ALL.withPeriod(
                                    YearMonth.from(today).atDay(1), today))
                            .stream()
                            .map(MonthlyCash::cashed)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(s.charts().monthlyCashIn().getLast().value()).isEqualByComparingTo(thisMonth);
        });
    }

    @Test
    void financialIndicatorsMoveByTheAmountsComputedByHand() {
        LocalDate today = LocalDate.now(clock);
        Scorecard before = now();
        createFinancialData(today);
        Scorecard after = now();
        assertThat(change(after, before, IndicatorKey.FUNDS_RAISED_YEAR)).isEqualByComparingTo("12345.67");
        assertThat(change(after, before, IndicatorKey.CASHED_YEAR)).isEqualByComparingTo("3000.00");
        assertThat(after.get(IndicatorKey.CASHED_YEAR)
                        .trend()
                        .getLast()
                        .value()
                        .subtract(before.get(IndicatorKey.CASHED_YEAR)
                                .trend()
                                .getLast()
                                .value()))
                .isEqualByComparingTo("3000.00");
        assertThat(change(after, before, IndicatorKey.AMOUNT_AT_RISK)).isEqualByComparingTo("50000.00");
    }

    private static BigDecimal change(Scorecard after, Scorecard before, IndicatorKey key) {
        return after.get(key).value().subtract(before.get(key).value());
    }
}
