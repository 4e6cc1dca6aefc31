package fr.levier.reporting;

import java.math.BigDecimal;

/**
 * The columns of a financing plan, in euros (scale 2). Refused, lapsed and withdrawn commitments are
 * not counted. Loans count in every column (they are money received) but not in leverage.
 *
 * @param requested     requested
 * @param awarded       awarded (zero before the award)
 * @param signed        under a signed convention
 * @param claimed       claimed (claims sent or paid)
 * @param cashed        cashed
 * @param toClaim       awarded − claimed (never negative)
 * @param toCash        claimed − cashed (never negative)
 * @param toRepay       received beyond what is finally due (reversement); zero until the final-payment
 *                      rules record it
 */
public record FundingAmounts(
        BigDecimal requested,
        BigDecimal awarded,
        BigDecimal signed,
        BigDecimal claimed,
        BigDecimal cashed,
        BigDecimal toClaim,
        BigDecimal toCash,
        BigDecimal toRepay) {

    private static final BigDecimal Z = BigDecimal.ZERO.setScale(2);

    /** All zero. */
    public static final FundingAmounts ZERO = new FundingAmounts(Z, Z, Z, Z, Z, Z, Z, Z);

    /** @return the column-by-column sum */
    public FundingAmounts plus(FundingAmounts o) {
        return new FundingAmounts(
                requested.add(o.requested),
                awarded.add(o.awarded),
                signed.add(o.signed),
                claimed.add(o.claimed),
                cashed.add(o.cashed),
                toClaim.add(o.toClaim),
                toCash.add(o.toCash),
                toRepay.add(o.toRepay));
    }
}
