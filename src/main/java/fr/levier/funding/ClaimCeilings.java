package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Ceilings of payment claims, configurable per programme. Default for State grants (décret n°
 * 2018-514): the advance is at most 30 % of the award, advance + interim payments at most 80 %, the
 * final claim only once completion is declared, and never more than the award in total.
 *
 * @param advancePct    advance ceiling in percent of the award
 * @param cumulativePct advance + interim ceiling in percent of the award
 */
public record ClaimCeilings(BigDecimal advancePct, BigDecimal cumulativePct) {

    /** Décret 2018-514 defaults: 30 % and 80 %. */
    public static final ClaimCeilings STATE = new ClaimCeilings(new BigDecimal("30"), new BigDecimal("80"));

    /** The rule a claim breaks. */
    public enum Rule {
        /** Nothing awarded yet: nothing can be claimed. */
        NOT_AWARDED,
        /** Advances above the advance ceiling. */
        ADVANCE_CEILING,
        /** Advances + interim payments above the cumulative ceiling. */
        CUMULATIVE_CEILING,
        /** Final claim before completion is declared. */
        FINAL_BEFORE_COMPLETION,
        /** All claims above the award. */
        ABOVE_AWARD
    }

    /**
     * A refusal.
     *
     * @param rule  the rule broken
     * @param limit the most that could be claimed under that rule (never negative)
     */
    public record Violation(Rule rule, BigDecimal limit) {}

    /**
     * What is already claimed on the commitment (rejected claims excluded, the checked claim excluded).
     *
     * @param advances  sum of advances
     * @param interims  sum of interim claims
     * @param finals    sum of final claims
     */
    public record Claimed(BigDecimal advances, BigDecimal interims, BigDecimal finals) {
        /** Nothing claimed yet. */
        public static final Claimed NONE = new Claimed(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        BigDecimal total() {
            return advances.add(interims).add(finals);
        }
    }

    /**
     * Checks one claim.
     *
     * @param type               kind of claim
     * @param amount             amount claimed
     * @param award              amount awarded, {@code null} before the award
     * @param already            what the other claims already ask
     * @param completionDeclared completion of the operation is declared
     * @return the first rule broken, empty when the claim is allowed
     */
    public Optional<Violation> check(
            ClaimType type, BigDecimal amount, BigDecimal award, Claimed already, boolean completionDeclared) {
        if (award == null || award.signum() <= 0) {
            return Optional.of(new Violation(Rule.NOT_AWARDED, BigDecimal.ZERO.setScale(2)));
        }
        if (type == ClaimType.ADVANCE) {
            BigDecimal ceiling = percent(award, advancePct);
            if (already.advances().add(amount).compareTo(ceiling) > 0) {
                return Optional.of(new Violation(Rule.ADVANCE_CEILING, positive(ceiling.subtract(already.advances()))));
            }
        }
        if (type == ClaimType.ADVANCE || type == ClaimType.INTERIM) {
            BigDecimal ceiling = percent(award, cumulativePct);
            BigDecimal before = already.advances().add(already.interims());
            if (before.add(amount).compareTo(ceiling) > 0) {
                return Optional.of(new Violation(Rule.CUMULATIVE_CEILING, positive(ceiling.subtract(before))));
            }
        }
        if (type == ClaimType.FINAL && !completionDeclared) {
            return Optional.of(new Violation(Rule.FINAL_BEFORE_COMPLETION, BigDecimal.ZERO.setScale(2)));
        }
        if (already.total().add(amount).compareTo(award) > 0) {
            return Optional.of(new Violation(Rule.ABOVE_AWARD, positive(award.subtract(already.total()))));
        }
        return Optional.empty();
    }

    private static BigDecimal percent(BigDecimal award, BigDecimal pct) {
        return award.multiply(pct).divide(new BigDecimal(100), 2, RoundingMode.FLOOR);
    }

    private static BigDecimal positive(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO.setScale(2) : v.setScale(2, RoundingMode.HALF_UP);
    }
}
