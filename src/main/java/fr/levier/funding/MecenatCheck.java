package fr.levier.funding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Mécénat or parrainage? A gift stays mécénat (tax reduction, CERFA 16216 receipt) only while the
 * counterparts given to the sponsor (valued) are at most 25 % of the gift; above that it is
 * sponsoring (parrainage) and the screen warns.
 */
public final class MecenatCheck {

    /** The doctrine's ceiling of counterparts: 25 % of the gift. */
    public static final BigDecimal COUNTERPART_CEILING = new BigDecimal("0.25");

    private MecenatCheck() {}

    /**
     * The check's result.
     *
     * @param counterpartPct counterparts in percent of the gift, {@code null} when the gift is zero
     * @param ceiling        the most the counterparts may be worth
     * @param sponsoring     counterparts above 25 %: this is parrainage, not mécénat
     */
    @Schema(name = "MecenatCheckResult", description = "The counterpart check of a mécénat or sponsorship")
    public record Result(BigDecimal counterpartPct, BigDecimal ceiling, boolean sponsoring) {}

    /**
     * @param gift        the gift's amount (or valuation)
     * @param counterpart the value of the counterparts, {@code null} when none
     * @return the result
     */
    public static Result evaluate(BigDecimal gift, BigDecimal counterpart) {
        BigDecimal g = gift == null ? BigDecimal.ZERO : gift;
        BigDecimal c = counterpart == null ? BigDecimal.ZERO : counterpart;
        BigDecimal ceiling = g.multiply(COUNTERPART_CEILING).setScale(2, RoundingMode.FLOOR);
        boolean sponsoring = c.compareTo(ceiling) > 0;
        // rounded up: counterparts above 25 % never read "25,00 %" (in cents, above the ceiling is above 25 %)
        BigDecimal pct =
                g.signum() == 0 ? null : c.multiply(new BigDecimal(100)).divide(g, 2, RoundingMode.UP);
        return new Result(pct, ceiling, sponsoring);
    }
}
