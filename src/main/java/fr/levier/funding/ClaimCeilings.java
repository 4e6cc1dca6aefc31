package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Ceilings of payment claims, configurable per programme. State investment grants (décret n° 2018-514,
 * art. 12): the advance is paid on the start of works and is at most 30 % of the award, or up to 60 %
 * when the funder allows it against a guarantee; advance + interim payments are at most 80 %, 90 % for
 * operations longer than 48 months; the final claim only once completion is declared, and never more
 * than the award (or the final grant once the actual expense is known). Commitments without a programme
 * (mécénat, foundations, companies, agencies) are not held to these ceilings: only to their award.
 *
 * <p>A percentage the programme catalogue does not give ({@code null}, "non renseigné") applies no
 * ceiling of that kind: the award still caps every claim. An advance above the default needs the
 * programme's rate with a guarantee: unknown, it is refused (the city never relies on a rate no text gives).
 *
 * @param advancePct          advance ceiling in percent of the award, {@code null} when unknown
 * @param cumulativePct       advance + interim ceiling in percent of the award, {@code null} when unknown
 * @param advanceGuaranteePct highest advance with a guarantee, {@code null} when unknown
 * @param longOperationPct    advance + interim ceiling above {@link #LONG_OPERATION_MONTHS} months, {@code null} when unknown
 */
public record ClaimCeilings(
        BigDecimal advancePct, BigDecimal cumulativePct, BigDecimal advanceGuaranteePct, BigDecimal longOperationPct) {

    /** Décret 2018-514 art. 12: 30 % (60 % with a guarantee) and 80 % (90 % above 48 months). */
    public static final ClaimCeilings STATE =
            new ClaimCeilings(new BigDecimal("30"), new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("90"));

    /**
     * Ceilings with the décret 2018-514 variants (60 % with a guarantee, 90 % above 48 months).
     *
     * @param advancePct    advance ceiling in percent of the award
     * @param cumulativePct advance + interim ceiling in percent of the award
     */
    public ClaimCeilings(BigDecimal advancePct, BigDecimal cumulativePct) {
        this(advancePct, cumulativePct, MAX_ADVANCE_WITH_GUARANTEE, LONG_OPERATION_CUMULATIVE);
    }

    /** Highest advance a funder may allow, with a guarantee (décret 2018-514 art. 12). */
    public static final BigDecimal MAX_ADVANCE_WITH_GUARANTEE = new BigDecimal("60");

    /** Advance + interim ceiling of operations longer than {@link #LONG_OPERATION_MONTHS} months. */
    public static final BigDecimal LONG_OPERATION_CUMULATIVE = new BigDecimal("90");

    /** Operations longer than this many months reach {@link #LONG_OPERATION_CUMULATIVE}. */
    public static final int LONG_OPERATION_MONTHS = 48;

    /** The rule a claim breaks. */
    public enum Rule {
        /** Nothing awarded yet: nothing can be claimed. */
        NOT_AWARDED,
        /** Advance before the start of works is recorded. */
        ADVANCE_BEFORE_START,
        /** Advances above the advance ceiling. */
        ADVANCE_CEILING,
        /** Advances + interim payments above the cumulative ceiling. */
        CUMULATIVE_CEILING,
        /** Final claim before completion is declared. */
        FINAL_BEFORE_COMPLETION,
        /** All claims above the award (or the final grant once the actual expense is recorded). */
        ABOVE_AWARD
    }

    /** Why an agreed advance rate is refused. */
    public enum AdvanceRule {
        /** Above 60 %. */
        ABOVE_MAXIMUM,
        /** Above the programme's default without a guarantee. */
        GUARANTEE_REQUIRED
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
     * The commitment's facts a claim is checked against.
     *
     * @param award              amount awarded, {@code null} before the award
     * @param cap                total that may be claimed: the award, or the final grant once known
     * @param already            what the other claims already ask
     * @param programme          the commitment has a programme (else no ceilings but the award)
     * @param started            start of works recorded
     * @param completionDeclared completion of the operation is declared
     * @param agreedAdvancePct   advance rate the funder allowed (with guarantee), {@code null} for the default
     * @param operationMonths    planned length of the operation in months, {@code null} when unknown
     */
    public record Context(
            BigDecimal award,
            BigDecimal cap,
            Claimed already,
            boolean programme,
            boolean started,
            boolean completionDeclared,
            BigDecimal agreedAdvancePct,
            Integer operationMonths) {}

    /** @return the advance ceiling in percent, with the agreed rate when there is one; {@code null} when unknown */
    public BigDecimal advancePct(BigDecimal agreed) {
        return agreed != null ? agreed : advancePct;
    }

    /** @return the advance + interim ceiling in percent for an operation of this length; {@code null} when unknown */
    public BigDecimal cumulativePct(Integer operationMonths) {
        if (operationMonths != null
                && operationMonths > LONG_OPERATION_MONTHS
                && longOperationPct != null
                && cumulativePct != null
                && cumulativePct.compareTo(longOperationPct) < 0) {
            return longOperationPct;
        }
        return cumulativePct;
    }

    /**
     * Checks an agreed advance rate.
     *
     * @param agreed    the rate, {@code null} for the default
     * @param guarantee a guarantee is given
     * @return the rule broken, empty when allowed
     */
    public Optional<AdvanceRule> checkAdvanceRate(BigDecimal agreed, boolean guarantee) {
        if (agreed == null) {
            return Optional.empty();
        }
        if (advancePct != null && agreed.compareTo(advancePct) <= 0) {
            return Optional.empty();
        }
        BigDecimal most = advanceGuaranteePct == null
                ? (advancePct == null ? MAX_ADVANCE_WITH_GUARANTEE : advancePct)
                : advanceGuaranteePct.min(MAX_ADVANCE_WITH_GUARANTEE);
        if (agreed.compareTo(most) > 0) {
            return Optional.of(AdvanceRule.ABOVE_MAXIMUM);
        }
        if (!guarantee && advancePct != null) {
            return Optional.of(AdvanceRule.GUARANTEE_REQUIRED);
        }
        return Optional.empty();
    }

    /**
     * Checks one claim with the programme defaults (started, no agreed rate).
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
        return check(type, amount, new Context(award, award, already, true, true, completionDeclared, null, null));
    }

    /**
     * Checks one claim.
     *
     * @param type   kind of claim
     * @param amount amount claimed
     * @param ctx    the commitment's facts
     * @return the first rule broken, empty when the claim is allowed
     */
    public Optional<Violation> check(ClaimType type, BigDecimal amount, Context ctx) {
        BigDecimal award = ctx.award();
        Claimed already = ctx.already();
        if (award == null || award.signum() <= 0) {
            return Optional.of(new Violation(Rule.NOT_AWARDED, zero()));
        }
        if (ctx.programme()) {
            if (type == ClaimType.ADVANCE && !ctx.started()) {
                return Optional.of(new Violation(Rule.ADVANCE_BEFORE_START, zero()));
            }
            BigDecimal advancePct = advancePct(ctx.agreedAdvancePct());
            if (type == ClaimType.ADVANCE && advancePct != null) {
                BigDecimal ceiling = percent(award, advancePct);
                if (already.advances().add(amount).compareTo(ceiling) > 0) {
                    return Optional.of(
                            new Violation(Rule.ADVANCE_CEILING, positive(ceiling.subtract(already.advances()))));
                }
            }
            BigDecimal cumulativePct = cumulativePct(ctx.operationMonths());
            if ((type == ClaimType.ADVANCE || type == ClaimType.INTERIM) && cumulativePct != null) {
                BigDecimal ceiling = percent(award, cumulativePct);
                BigDecimal before = already.advances().add(already.interims());
                if (before.add(amount).compareTo(ceiling) > 0) {
                    return Optional.of(new Violation(Rule.CUMULATIVE_CEILING, positive(ceiling.subtract(before))));
                }
            }
            if (type == ClaimType.FINAL && !ctx.completionDeclared()) {
                return Optional.of(new Violation(Rule.FINAL_BEFORE_COMPLETION, zero()));
            }
        }
        BigDecimal cap = ctx.cap() == null ? award : ctx.cap().min(award);
        if (already.total().add(amount).compareTo(cap) > 0) {
            return Optional.of(new Violation(Rule.ABOVE_AWARD, positive(cap.subtract(already.total()))));
        }
        return Optional.empty();
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static BigDecimal percent(BigDecimal award, BigDecimal pct) {
        return award.multiply(pct).divide(new BigDecimal(100), 2, RoundingMode.FLOOR);
    }

    private static BigDecimal positive(BigDecimal v) {
        return v.signum() < 0 ? zero() : v.setScale(2, RoundingMode.HALF_UP);
    }
}
