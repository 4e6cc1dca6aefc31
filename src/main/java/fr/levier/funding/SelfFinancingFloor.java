package fr.levier.funding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Participation minimale du maître d'ouvrage (CGCT art. L1111-10): when the city owns the project, its
 * own contribution must be at least 20 % of the total public funding of the project (city + every
 * public funder; private money excluded), 30 % when the city is lead body (chef de file); an exemption
 * recorded on the project lifts the floor. Public aid may not exceed the eligible expense either.
 * Plain rule: no framework, amounts in euros with 2 decimals.
 */
public final class SelfFinancingFloor {

    /** The usual floor: 20 %. */
    public static final BigDecimal OWNER_RATE = new BigDecimal("0.20");
    /** The floor when the city is lead body: 30 %. */
    public static final BigDecimal LEAD_BODY_RATE = new BigDecimal("0.30");

    private SelfFinancingFloor() {}

    /** Outcome of the floor check. */
    public enum Status {
        /** The city does not own the project: no floor. */
        NOT_APPLICABLE,
        /** An exemption is recorded. */
        EXEMPT,
        /** The city pays at least the floor. */
        MET,
        /** The city pays less than the floor. */
        BROKEN
    }

    /**
     * What the rule looks at.
     *
     * @param cityOwner       the city owns the project
     * @param leadBody        the city is lead body (30 %)
     * @param exempt          an exemption is recorded
     * @param cityAmount      the city's own contribution
     * @param publicAid       the sum of public funders' money (city excluded)
     * @param eligibleExpense the eligible expense, {@code null} when unknown
     */
    public record Input(
            boolean cityOwner,
            boolean leadBody,
            boolean exempt,
            BigDecimal cityAmount,
            BigDecimal publicAid,
            BigDecimal eligibleExpense) {}

    /**
     * The rule's result.
     *
     * @param status          the floor's outcome
     * @param rate            the floor applied (0.20 or 0.30), {@code null} when not applicable
     * @param totalPublic     city + public aid
     * @param cityShare       the city's share of total public funding in percent, {@code null} when the total is zero
     * @param minimumCity     the least the city must pay for the public aid recorded, {@code null} when not applicable
     * @param margin          city amount − minimum (negative when broken), {@code null} when not applicable
     * @param aidWithinEligible public aid ≤ eligible expense (true when the expense is unknown)
     * @param aidMargin       eligible expense − public aid, {@code null} when the expense is unknown
     */
    @Schema(name = "SelfFinancingFloorResult", description = "The 20 % self-financing floor check of a project")
    public record Result(
            Status status,
            BigDecimal rate,
            BigDecimal totalPublic,
            BigDecimal cityShare,
            BigDecimal minimumCity,
            BigDecimal margin,
            boolean aidWithinEligible,
            BigDecimal aidMargin) {

        /** @return whether any part of the rule is broken */
        public boolean broken() {
            return status == Status.BROKEN || !aidWithinEligible;
        }
    }

    /**
     * Evaluates the rule.
     *
     * @param in the amounts and flags
     * @return the result
     */
    public static Result evaluate(Input in) {
        BigDecimal city = money(in.cityAmount());
        BigDecimal aid = money(in.publicAid());
        BigDecimal total = city.add(aid);
        BigDecimal share =
                total.signum() == 0 ? null : city.multiply(new BigDecimal(100)).divide(total, 2, RoundingMode.HALF_UP);
        BigDecimal aidMargin = in.eligibleExpense() == null
                ? null
                : money(in.eligibleExpense()).subtract(aid);
        boolean aidOk = aidMargin == null || aidMargin.signum() >= 0;
        if (!in.cityOwner()) {
            return new Result(Status.NOT_APPLICABLE, null, total, share, null, null, aidOk, aidMargin);
        }
        BigDecimal rate = in.leadBody() ? LEAD_BODY_RATE : OWNER_RATE;
        // city >= rate × (city + aid)  ⇔  city >= aid × rate / (1 − rate); rounded up to the cent to stay on the safe
        // side
        BigDecimal minimum = aid.multiply(rate).divide(BigDecimal.ONE.subtract(rate), 2, RoundingMode.CEILING);
        BigDecimal margin = city.subtract(minimum);
        Status status = in.exempt() ? Status.EXEMPT : margin.signum() >= 0 ? Status.MET : Status.BROKEN;
        return new Result(status, rate, total, share, minimum, margin, aidOk, aidMargin);
    }

    private static BigDecimal money(BigDecimal v) {
        return v == null ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }
}
