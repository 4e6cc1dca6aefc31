package fr.levier.testsupport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests and benchmarks that insert payment claims or money lines with plain SQL (behind funding's
 * writers): sets the money totals kept on the commitment rows (ADR 010 §13) as funding would.
 */
public final class MoneyTotals {

    private MoneyTotals() {}

    /** Recomputes the totals of the commitments whose id is at least {@code fromId} (H2 and MariaDB). */
    public static void refresh(JdbcTemplate jdbc, long fromId) {
        jdbc.update("""
                update commitment set
                  claimed_total = coalesce((select sum(k.amount) from payment_claim k
                    where k.commitment_id = commitment.id and k.status in ('SENT', 'PAID')), 0),
                  cashed_total = coalesce((select sum(coalesce(k.cashed_amount, 0)) from payment_claim k
                    where k.commitment_id = commitment.id and k.status = 'PAID'), 0),
                  open_claims_total = coalesce((select sum(k.amount) from payment_claim k
                    where k.commitment_id = commitment.id and k.status = 'SENT'), 0),
                  repaid_total = coalesce((select sum(m.amount) from money_line m
                    where m.commitment_id = commitment.id and m.kind = 'REPAYMENT'), 0)
                where id >= ?""", fromId);
        // and the per-project rollup of those commitments' projects (ADR 010 §15), as funding would
        String projects = "select a.project_id from allocation a where a.commitment_id >= ?";
        jdbc.update("delete from project_funding_rollup where project_id in (" + projects + ")", fromId);
        jdbc.update(
                fr.levier.funding.FundingRollupSql.insert(
                        "and a.project_id in (select b.project_id from allocation b" + " where b.commitment_id >= ?)"),
                fromId);
        jdbc.update("delete from project_funding_sum where project_id in (" + projects + ")", fromId);
        jdbc.update(
                fr.levier.funding.FundingRollupSql.insertProjectSums(
                        "and r.project_id in (select b.project_id from allocation b where b.commitment_id >= ?)"),
                fromId);
    }
}
