package fr.levier.dashboard;

import fr.levier.funding.FundingMoneyChanged;
import fr.levier.partner.PartnersMerged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the scorecard snapshot fresh in the background (ADR 011, speed at full size): a funding or
 * partner change marks it stale (after its transaction committed, one row updated at most); a job,
 * once across nodes (ShedLock), recomputes it when it has been stale for the debounce delay (changes
 * come in bursts), when it is older than the maximum age, or when the day changed.
 */
@Component
@EnableConfigurationProperties(ScorecardSnapshotSettings.class)
class ScorecardSnapshotJob {

    private final ScorecardService service;
    private final ScorecardSnapshots snapshots;
    private final ScorecardSnapshotSettings settings;
    private final TransactionTemplate newTx;
    private final Clock clock;

    ScorecardSnapshotJob(
            ScorecardService service,
            ScorecardSnapshots snapshots,
            ScorecardSnapshotSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.service = service;
        this.snapshots = snapshots;
        this.settings = settings;
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FundingMoneyChanged e) {
        markStale();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PartnersMerged e) {
        markStale();
    }

    private void markStale() {
        if (settings.enabled()) {
            newTx.executeWithoutResult(s -> snapshots.markStale(clock.instant()));
        }
    }

    @Scheduled(
            fixedDelayString = "${levier.dashboard.snapshot.check-every:PT10S}",
            initialDelayString = "${levier.dashboard.snapshot.initial-delay:PT30S}")
    @SchedulerLock(name = "scorecard-snapshot", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    void refreshWhenDue() {
        if (settings.enabled() && due(clock.instant())) {
            refreshNow();
        }
    }

    /** @return whether the snapshot must be computed again at {@code now} */
    boolean due(Instant now) {
        return snapshots
                .state()
                .map(s -> s[0].plus(settings.maxAge()).isBefore(now)
                        || !LocalDate.ofInstant(s[0], clock.getZone()).equals(LocalDate.ofInstant(now, clock.getZone()))
                        || (s[1] != null && !s[1].plus(settings.debounce()).isAfter(now)))
                .orElse(true);
    }

    /** Computes and stores the snapshot as a reader (the figures every signed-in user may see). */
    void refreshNow() {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "scorecard-snapshot", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER")));
        try {
            newTx.executeWithoutResult(s -> service.computeAndStore());
        } finally {
            context.setAuthentication(previous);
        }
    }
}
