package fr.levier.funding;

import fr.levier.shared.FrenchFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Effet de levier: partner money ÷ city money (each euro of the city brings that many euros of
 * partners). Undefined when the city puts nothing in: shown as "—", never an error.
 */
public final class Leverage {

    /** What is shown when the ratio is undefined. */
    public static final String UNDEFINED = "—";

    private Leverage() {}

    /**
     * @param partnerMoney money of the partners
     * @param cityMoney    money of the city
     * @return the ratio with 2 decimals, {@code null} when the city money is zero or unknown
     */
    public static BigDecimal ratio(BigDecimal partnerMoney, BigDecimal cityMoney) {
        if (cityMoney == null || cityMoney.signum() <= 0) {
            return null;
        }
        BigDecimal partner = partnerMoney == null ? BigDecimal.ZERO : partnerMoney;
        return partner.divide(cityMoney, 2, RoundingMode.HALF_UP);
    }

    /**
     * @param ratio  a ratio from {@link #ratio}, may be {@code null}
     * @param locale the user's locale
     * @return e.g. {@code 4,87} or {@code —}
     */
    public static String format(BigDecimal ratio, Locale locale) {
        return ratio == null ? UNDEFINED : FrenchFormats.number(ratio, locale);
    }
}
