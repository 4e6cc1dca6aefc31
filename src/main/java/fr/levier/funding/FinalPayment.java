package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The final payment (solde) of a grant: once the actual eligible expense is recorded, the final grant
 * is the grant rate (award ÷ subsidised expense) × the actual eligible expense, rounded down to the
 * cent and capped at the award (décret n° 2018-514 art. 12 for State grants; the convention for the
 * others). What remains to claim is the final grant less the money kept (received − reversed −
 * repaid); when more was kept than the final grant, the difference is to be repaid.
 *
 * @param finalGrant       the final grant, {@code null} while the actual expense or the rate is unknown
 * @param kept             money received and kept (received − repaid)
 * @param remainingToClaim what may still be claimed (zero when nothing)
 * @param toRepay          what must be paid back to the funder (zero when nothing)
 */
public record FinalPayment(BigDecimal finalGrant, BigDecimal kept, BigDecimal remainingToClaim, BigDecimal toRepay) {

    /**
     * @param award             amount awarded
     * @param subsidisedExpense expense the award was computed on (dépense subventionnable)
     * @param actualExpense     actual eligible expense, {@code null} until recorded
     * @param received          money received (net of reversed payments)
     * @param repaid            money already paid back
     * @return the figures
     */
    public static FinalPayment of(
            BigDecimal award,
            BigDecimal subsidisedExpense,
            BigDecimal actualExpense,
            BigDecimal received,
            BigDecimal repaid) {
        BigDecimal kept = received.subtract(repaid).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal base = award == null ? BigDecimal.ZERO : award;
        BigDecimal finalGrant = null;
        if (award != null && actualExpense != null) {
            if (subsidisedExpense != null && subsidisedExpense.signum() > 0) {
                finalGrant = award.multiply(actualExpense)
                        .divide(subsidisedExpense, 2, RoundingMode.FLOOR)
                        .min(award);
            } else {
                finalGrant = actualExpense.min(award).setScale(2, RoundingMode.UNNECESSARY);
            }
            base = finalGrant;
        }
        BigDecimal diff = base.subtract(kept);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new FinalPayment(
                finalGrant,
                kept,
                diff.signum() > 0 ? diff.setScale(2, RoundingMode.UNNECESSARY) : zero,
                finalGrant != null && diff.signum() < 0 ? diff.negate().setScale(2, RoundingMode.UNNECESSARY) : zero);
    }
}
