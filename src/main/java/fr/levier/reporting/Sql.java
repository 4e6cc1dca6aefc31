package fr.levier.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * SQL fragments of the reports, built from the funding rules' enums so that "awarded", "signed" and
 * "dead" mean here exactly what they mean in the financing plan.
 */
final class Sql {

    private Sql() {}

    /**
     * Rows the driver reads at a time when a report is streamed to a file: MariaDB's driver streams a
     * result set with a positive fetch size instead of loading it whole; H2 keeps big results on disk.
     */
    static final int FETCH = 1000;

    static final String AWARDED = fr.levier.funding.FundingSqlLists.AWARDED;
    static final String SIGNED = fr.levier.funding.FundingSqlLists.SIGNED;
    static final String DEAD = fr.levier.funding.FundingSqlLists.DEAD;
    static final String PUBLIC_TYPES = fr.levier.funding.FundingSqlLists.PUBLIC_TYPES;
    static final String PUBLIC_KINDS = fr.levier.funding.FundingSqlLists.PUBLIC_KINDS;
    static final String LEVER_KINDS = fr.levier.funding.FundingSqlLists.LEVER_KINDS;

    /** The commitment's reference date, which the period selects on. */
    static final String REF_DATE =
            "coalesce(c.notified_on, c.decided_on, c.submitted_on, c.opened_on, cast(c.created_at as date))";

    /**
     * One line per counted commitment (alias {@code c} inside, {@code x} outside) with its plan columns
     * whole: requested, awarded, signed, claimed, cashed, open (claims sent, not paid), awarded flag and
     * the allocation base.
     */
    static String commitments(String where) {
        return """
                select c.id, c.title, c.partner_id, p.name partner_name, p.type partner_type, c.kind, c.status,
                  c.programme_id, c.notified_on, c.decided_on, c.convention_signed_on, c.works_started_on,
                  c.completion_declared_on, c.extension_granted, c.own_deadline,
                  fp.start_years, fp.completion_years, fp.extension_years,
                  c.amount_requested requested,
                  case when c.status in %1$s then coalesce(c.amount_awarded, 0) else 0 end awarded,
                  case when c.status in %2$s then coalesce(c.amount_awarded, 0) else 0 end signed,
                  case when c.status in %1$s then 1 else 0 end awarded_flag,
                  case when c.status in %1$s and c.amount_awarded is not null then c.amount_awarded
                       else c.amount_requested end base,
                  %5$s claimed, %6$s cashed, %7$s open_claims
                from commitment c
                join partner p on p.id = c.partner_id
                left join funding_programme fp on fp.id = c.programme_id
                where c.status not in %3$s %4$s
                """.formatted(AWARDED, SIGNED, DEAD, where, CLAIMED, CASHED, OPEN_CLAIMS);
    }

    /**
     * The money totals funding keeps on each commitment row in the transaction of every claim and
     * money-line write (ADR 010 §13), alias {@code c}: claimed = claims sent or paid, cashed = cashed
     * amounts of paid claims net of the money paid back (REPAYMENT lines; a REVERSAL needs nothing, the
     * reversed claim is back to SENT), open = claims sent, not paid.
     */
    static final String CLAIMED = "c.claimed_total";

    static final String CASHED = "(c.cashed_total - c.repaid_total)";

    static final String OPEN_CLAIMS = "c.open_claims_total";

    /**
     * Claims summed per commitment (GROUP BY once, covering index {@code ix_payment_claim_money}):
     * claimed = sent or paid, cashed = paid, open = sent not paid. No longer read by the reports, which
     * read the totals kept on the commitment ({@link #CLAIMED}); kept as the definition the totals are
     * tested against ({@code CommitmentMoneyTotalsTest}).
     */
    static final String CLAIMS_BY_COMMITMENT = """
            select commitment_id,
              sum(case when status in ('SENT', 'PAID') then amount else 0 end) claimed,
              sum(case when status = 'PAID' then coalesce(cashed_amount, 0) else 0 end) cashed,
              sum(case when status = 'SENT' then amount else 0 end) open_claims
            from payment_claim group by commitment_id""";

    /**
     * Money paid back to the funder per commitment (ADR 006: a REPAYMENT line). Cashed is net of it. A
     * REVERSAL needs nothing here: the reversed claim is back to SENT, so it no longer counts as cashed.
     */
    static final String REPAID_BY_COMMITMENT =
            "select commitment_id, sum(amount) repaid from money_line where kind = 'REPAYMENT' group by commitment_id";

    /**
     * Commitment-level lines without the claims (alias {@code c}, {@code p}): for figures that need only
     * the commitment's own columns (awarded, requested), so no claim is read.
     */
    static String commitmentsOnly(String where) {
        return """
                from commitment c join partner p on p.id = c.partner_id
                where c.status not in %s %s""".formatted(DEAD, where);
    }

    /** The awarded column of {@link #commitments}, on the commitment itself (alias {@code c}). */
    static final String AWARDED_AMOUNT =
            "case when c.status in " + AWARDED + " then coalesce(c.amount_awarded, 0) else 0 end";

    /** Column expressions summing the plan columns of {@link #commitments} lines (alias {@code x}). */
    static final String SUMS = """
            count(*) n, sum(x.requested) requested, sum(x.awarded) awarded, sum(x.signed) signed,
            sum(x.claimed) claimed, sum(x.cashed) cashed,
            sum(greatest(x.awarded - x.claimed, 0)) to_claim, sum(x.open_claims) to_cash,
            sum(case when x.awarded_flag = 1 and x.cashed > x.awarded then x.cashed - x.awarded else 0 end) to_repay
            """;

    static FundingAmounts amounts(ResultSet rs) throws SQLException {
        return new FundingAmounts(
                money(rs, "requested"),
                money(rs, "awarded"),
                money(rs, "signed"),
                money(rs, "claimed"),
                money(rs, "cashed"),
                money(rs, "to_claim"),
                money(rs, "to_cash"),
                money(rs, "to_repay"));
    }

    static BigDecimal money(ResultSet rs, String column) throws SQLException {
        return money(rs.getBigDecimal(column));
    }

    static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }

    /** A where clause grown from the filter, with its named parameters. */
    static final class Where {
        private final StringBuilder sql = new StringBuilder();
        final Map<String, Object> params = new HashMap<>();

        Where and(String clause, String name, Object value) {
            if (value != null) {
                sql.append(" and ").append(clause);
                params.put(name, value instanceof Enum<?> e ? e.name() : value);
            }
            return this;
        }

        Where param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        @Override
        public String toString() {
            return sql.toString();
        }

        /**
         * Filter of commitment-level reports: the period on the reference date, the funder, and projects
         * and officers through the commitment's allocations.
         */
        static Where commitments(ReportFilter f) {
            return new Where()
                    .and(REF_DATE + " >= :from", "from", f.from())
                    .and(REF_DATE + " <= :to", "to", f.to())
                    .and("c.partner_id = :partnerId", "partnerId", f.partnerId())
                    .and("p.type = :funderType", "funderType", f.funderType())
                    .and(
                            "exists (select 1 from allocation fa where fa.commitment_id = c.id and fa.project_id = :projectId)",
                            "projectId",
                            f.projectId())
                    .and(
                            "exists (select 1 from allocation fa join project fp on fp.id = fa.project_id"
                                    + " where fa.commitment_id = c.id and fp.officer_username = :officer)",
                            "officer",
                            blankToNull(f.officer()));
        }

        /** Filter of claim-level reports: as {@link #commitments} without the period. */
        static Where commitmentsAnyDate(ReportFilter f) {
            return commitments(f.withPeriod(null, null));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
