package fr.levier.funding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Two checks of a financing plan besides the floor. FCTVA: the State refunds 16,404 % of the eligible
 * expense TTC (CGCT L1615-6); a refund, not a grant, so it stays out of public aid and leverage. Fonds de
 * concours: an intercommunality's fonds de concours may not exceed the share the city funds itself, net of
 * subsidies (CGCT L5216-5 VI). Plain rule: no framework.
 */
public final class PublicMoneyChecks {

    /** FCTVA rate since 1 January 2015: 16,404 %. */
    public static final BigDecimal FCTVA_RATE = new BigDecimal("0.16404");

    private PublicMoneyChecks() {}

    /**
     * @param eligibleInclTax the expense TTC eligible for the FCTVA, {@code null} when none recorded
     * @return 16,404 % of it rounded to the nearest cent (half up), {@code null} when none recorded
     */
    public static BigDecimal fctva(BigDecimal eligibleInclTax) {
        return eligibleInclTax == null
                ? null
                : eligibleInclTax.multiply(FCTVA_RATE).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * The fonds de concours cap.
     *
     * @param fondsDeConcours the intercommunality's grants to the project
     * @param cityOwnShare    the city's own money (its share net of subsidies)
     * @return the check
     */
    public static FondsDeConcours fondsDeConcours(BigDecimal fondsDeConcours, BigDecimal cityOwnShare) {
        BigDecimal f = fondsDeConcours == null ? BigDecimal.ZERO.setScale(2) : fondsDeConcours;
        BigDecimal c = cityOwnShare == null ? BigDecimal.ZERO.setScale(2) : cityOwnShare;
        return new FondsDeConcours(f, c, c.subtract(f).setScale(2, RoundingMode.HALF_UP), f.compareTo(c) <= 0);
    }

    /**
     * @param amount    fonds de concours recorded
     * @param cap       the city's own share net of subsidies
     * @param margin    cap − amount (negative when above)
     * @param withinCap amount ≤ cap
     */
    @Schema(name = "FondsDeConcoursCheck", description = "Fonds de concours ≤ the city's own share (CGCT L5216-5 VI)")
    public record FondsDeConcours(BigDecimal amount, BigDecimal cap, BigDecimal margin, boolean withinCap) {}
}
