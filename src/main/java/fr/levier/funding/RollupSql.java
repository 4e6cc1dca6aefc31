package fr.levier.funding;

import java.util.List;

/**
 * The SQL of the per-project funding rollup ({@code project_funding_rollup}, ADR 010 §15): one row per
 * project and funder type, each column the sum of the per-allocation lines exactly as reporting's
 * funding-by-project computes them live (each commitment's column pro rata of the allocation, rounded to
 * the cent per line), so summing rollup rows gives to the cent what the live query gives. The portfolio
 * columns ({@code pf_*}) are the sums {@link CommitmentRepository#portfolioMoney} makes (awarded
 * commitments, allocation amounts; the cash kept unrounded, kept at 10 decimals).
 */
final class RollupSql {

    private RollupSql() {}

    static final String AWARDED = FundingSqlLists.AWARDED;
    static final String SIGNED = FundingSqlLists.SIGNED;
    static final String DEAD = FundingSqlLists.DEAD;
    static final String PUBLIC_TYPES = FundingSqlLists.PUBLIC_TYPES;
    static final String PUBLIC_KINDS = FundingSqlLists.PUBLIC_KINDS;
    static final String LEVER_KINDS = FundingSqlLists.LEVER_KINDS;

    /** The rollup's columns after the key, in the order {@link #select} returns them. */
    static final List<String> SUMS = List.of(
            "line_count",
            "requested",
            "awarded",
            "signed",
            "claimed",
            "cashed",
            "to_claim",
            "open_claims",
            "to_repay",
            "public_aid",
            "lever",
            "pf_lines",
            "pf_lever",
            "pf_cashed",
            "pf_in_kind",
            "pf_sponsorship");

    /**
     * The rollup rows computed from the allocations, grouped by project and funder type.
     *
     * @param restriction extra condition on the allocation (alias {@code a}), e.g. {@code and a.project_id
     *                    in (:ids)}, or empty for every project
     */
    static String select(String restriction) {
        return """
                select x.project_id, x.partner_type, count(*) line_count,
                  sum(x.requested) requested, sum(x.awarded) awarded, sum(x.signed) signed,
                  sum(x.claimed) claimed, sum(x.cashed) cashed, sum(greatest(x.awarded - x.claimed, 0)) to_claim,
                  sum(x.open_claims) open_claims,
                  sum(case when x.awarded_flag = 1 and x.cashed > x.awarded then x.cashed - x.awarded else 0 end) to_repay,
                  sum(case when x.partner_type in %4$s and x.kind in %5$s
                      then (case when x.awarded_flag = 1 then x.awarded else x.requested end) else 0 end) public_aid,
                  sum(case when x.kind in %6$s then x.awarded else 0 end) lever,
                  sum(case when x.awarded_flag = 1 and x.kind in %6$s then 1 else 0 end) pf_lines,
                  sum(case when x.awarded_flag = 1 and x.kind in %6$s then x.amount else 0 end) pf_lever,
                  sum(case when x.awarded_flag = 1 and x.kind in %6$s and x.amount_awarded > 0
                      then x.amount * x.kept / x.amount_awarded else 0 end) pf_cashed,
                  sum(case when x.awarded_flag = 1 and x.kind = 'IN_KIND' then x.amount else 0 end) pf_in_kind,
                  sum(case when x.awarded_flag = 1 and x.kind = 'SPONSORSHIP' then x.amount else 0 end) pf_sponsorship
                from (select a.project_id, p.type partner_type, c.kind, a.amount, c.amount_awarded,
                    c.cashed_total - c.repaid_total kept,
                    case when c.status in %1$s then 1 else 0 end awarded_flag,
                    round(c.amount_requested * a.amount / nullif(%3$s, 0), 2) requested,
                    round((case when c.status in %1$s then coalesce(c.amount_awarded, 0) else 0 end)
                      * a.amount / nullif(%3$s, 0), 2) awarded,
                    round((case when c.status in %2$s then coalesce(c.amount_awarded, 0) else 0 end)
                      * a.amount / nullif(%3$s, 0), 2) signed,
                    round(c.claimed_total * a.amount / nullif(%3$s, 0), 2) claimed,
                    round((c.cashed_total - c.repaid_total) * a.amount / nullif(%3$s, 0), 2) cashed,
                    round(c.open_claims_total * a.amount / nullif(%3$s, 0), 2) open_claims
                  from allocation a join commitment c on c.id = a.commitment_id join partner p on p.id = c.partner_id
                  where a.cancelled_on is null and c.status not in %7$s %8$s) x
                group by x.project_id, x.partner_type
                """.formatted(
                        AWARDED,
                        SIGNED,
                        "case when c.status in " + AWARDED
                                + " and c.amount_awarded is not null then c.amount_awarded else c.amount_requested end",
                        PUBLIC_TYPES,
                        PUBLIC_KINDS,
                        LEVER_KINDS,
                        DEAD,
                        restriction);
    }

    /**
     * Inserts the all-funder-types line of each project ({@code project_funding_sum}) summed from its rollup
     * rows, which must be current: what funding-by-project, its totals and the portfolio read when no
     * funder type filters (20 000 rows at full size instead of one per project and funder type).
     *
     * @param restriction extra condition on the rollup rows (alias {@code r}), e.g. {@code and r.project_id in
     *                    (:ids)}, or empty for every project
     */
    static String insertProjectSums(String restriction) {
        return "insert into project_funding_sum (project_id, " + String.join(", ", SUMS) + ") select r.project_id, "
                + SUMS.stream().map(c -> "sum(r." + c + ")").collect(java.util.stream.Collectors.joining(", "))
                + " from project_funding_rollup r where 1 = 1 " + restriction + " group by r.project_id";
    }

    /** Inserts the rows of {@link #select} (same restriction). */
    static String insert(String restriction) {
        return "insert into project_funding_rollup (project_id, partner_type, " + String.join(", ", SUMS) + ") "
                + select(restriction);
    }
}
