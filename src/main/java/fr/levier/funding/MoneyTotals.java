package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Keeps the money totals of a commitment (claimed, cashed, open claims, repaid) on its row, so that
 * reports, the scorecard and the portfolio read one row per commitment instead of summing every claim
 * and money line (ADR 010 §13). Every writer of a payment claim or a money line calls {@link #refresh}
 * in its own transaction, after flushing the write and while it holds the commitment's row lock
 * ({@link CommitmentRepository#lockById}): the totals are recomputed from that commitment's rows (a few
 * index entries), never incremented, so a missed or repeated call cannot make them drift.
 */
@Component
class MoneyTotals {

    private final PaymentClaimRepository claims;
    private final MoneyLineRepository lines;
    private final ApplicationEventPublisher events;

    MoneyTotals(PaymentClaimRepository claims, MoneyLineRepository lines, ApplicationEventPublisher events) {
        this.claims = claims;
        this.lines = lines;
        this.events = events;
    }

    /**
     * Recomputes the commitment's totals from its claims and money lines (flushed before).
     *
     * @param c the commitment, locked by the caller's transaction
     */
    void refresh(Commitment c) {
        Rows.ClaimTotals k = claims.totals(c.getId());
        c.keepTotals(cents(k.claimed()), cents(k.cashed()), cents(k.openClaims()), cents(lines.repaid(c.getId())));
        events.publishEvent(new FundingMoneyChanged(c.getId()));
    }

    private static BigDecimal cents(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }
}
