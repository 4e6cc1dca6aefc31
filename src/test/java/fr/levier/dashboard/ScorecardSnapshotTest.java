package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.ClaimService;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.FundingMoneyChanged;
import fr.levier.funding.PaymentInput;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scorecard snapshot (ADR 011, speed at full size): served from the stored row with the time it was
 * computed, marked stale by a funding change, recomputed by the job after the debounce delay (then equal
 * to the figures computed synchronously), targets applied when served. The test profile turns snapshots
 * off for every other test; here a service with snapshots on is built from the context's beans.
 */
@IntegrationTest
class ScorecardSnapshotTest {

    @Autowired
    IndicatorQueries queries;

    @Autowired
    FinancialSource financial;

    @Autowired
    ObjectProvider<NewsletterFiguresProvider> newsletter;

    @Autowired
    ScorecardTargetRepository targets;

    @Autowired
    LearningEntryRepository learning;

    @Autowired
    ScorecardSnapshots snapshots;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    ScorecardService synchronous;

    @Autowired
    ClaimService claims;

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void theDashboardServesTheStoredSnapshotUntilTheJobRecomputesItAfterAChange() {
        jdbc.update("delete from scorecard_snapshot");
        var on = new ScorecardSnapshotSettings(true, Duration.ofMinutes(15), Duration.ofSeconds(30));
        ScorecardService service =
                new ScorecardService(queries, financial, newsletter, targets, learning, snapshots, on, clock);
        ScorecardSnapshotJob job = new ScorecardSnapshotJob(service, snapshots, on, transactions, clock);
        assertThat(job.due(clock.instant())).as("no snapshot yet").isTrue();

        ServedScorecard first = as.call("viewer", service::served); // none stored: computed and stored at once
        BigDecimal cashed = first.scorecard().get(IndicatorKey.CASHED_YEAR).value();
        assertThat(cashed)
                .isEqualByComparingTo(as.call("viewer", () -> synchronous.scorecardAt(LocalDate.now(clock)))
                        .get(IndicatorKey.CASHED_YEAR)
                        .value());
        assertThat(first.stale()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from scorecard_snapshot", Long.class))
                .isEqualTo(1L);
        Instant now = clock.instant();
        assertThat(job.due(now)).as("fresh").isFalse();
        assertThat(job.due(now.plus(Duration.ofMinutes(16))))
                .as("older than the maximum age")
                .isTrue();

        // money received: the snapshot still serves the old figures, marked stale
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY),
                CommitmentKind.SPONSORSHIP,
                null,
                "3000.00",
                "3000.00",
                DossierDates.NONE);
        as.run(
                "finance",
                () -> claims.recordGift(gift.id(), new PaymentInput(new BigDecimal("2500.00"), LocalDate.now(clock))));
        job.on(new FundingMoneyChanged(gift.id()));
        ServedScorecard stale = as.call("viewer", service::served);
        assertThat(stale.stale()).isTrue();
        assertThat(stale.computedAt()).isEqualTo(first.computedAt());
        assertThat(stale.scorecard().get(IndicatorKey.CASHED_YEAR).value()).isEqualByComparingTo(cashed);
        Instant changed = clock.instant();
        assertThat(job.due(changed.plusSeconds(5)))
                .as("within the debounce delay")
                .isFalse();
        assertThat(job.due(changed.plusSeconds(31)))
                .as("after the debounce delay")
                .isTrue();

        job.refreshNow();
        ServedScorecard fresh = as.call("viewer", service::served);
        assertThat(fresh.stale()).isFalse();
        assertThat(fresh.scorecard().get(IndicatorKey.CASHED_YEAR).value())
                .isEqualByComparingTo(cashed.add(new BigDecimal("2500.00")));
        // every figure served equals the figure computed synchronously
        Scorecard now2 = as.call("viewer", () -> synchronous.scorecardAt(LocalDate.now(clock)));
        for (Indicator i : fresh.scorecard().indicators()) {
            BigDecimal expected = now2.get(i.key()).value();
            if (expected == null) {
                assertThat(i.value()).as(i.key().key()).isNull();
            } else {
                assertThat(i.value()).as(i.key().key()).isEqualByComparingTo(expected);
            }
        }

        // a target set now shows at once, without recomputing the figures
        int year = fresh.scorecard().year();
        as.run("admin", () -> synchronous.setTarget(IndicatorKey.CASHED_YEAR, year, new BigDecimal("123.00")));
        try {
            ServedScorecard withTarget = as.call("viewer", service::served);
            assertThat(withTarget.computedAt()).isEqualTo(fresh.computedAt());
            assertThat(withTarget.scorecard().get(IndicatorKey.CASHED_YEAR).target())
                    .isEqualByComparingTo("123.00");
        } finally {
            as.run("admin", () -> synchronous.setTarget(IndicatorKey.CASHED_YEAR, year, null));
        }
    }
}
