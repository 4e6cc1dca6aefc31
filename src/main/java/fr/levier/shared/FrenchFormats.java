package fr.levier.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The product's display formats: money as {@code 1 234 567,89 €}, dates as {@code 25/11/2026}.
 * French is the reference; English uses its own separators but keeps euros and day-first dates.
 * Uses a plain space (U+00A0, no-break) as grouping separator so screens, PDFs and tests agree.
 */
public final class FrenchFormats {

    /** The product's default locale. */
    public static final Locale FRENCH = Locale.FRANCE;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final char NBSP = '\u00A0';

    private FrenchFormats() {}

    /**
     * Formats an amount in euros, two decimals.
     *
     * @param amount the amount, may be {@code null}
     * @param locale the user's locale; French unless English was chosen
     * @return e.g. {@code 1 234 567,89 €}, or an empty string for {@code null}
     */
    public static String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return number(amount, locale) + NBSP + "€";
    }

    /** Money in French. */
    public static String money(BigDecimal amount) {
        return money(amount, FRENCH);
    }

    /**
     * Formats a decimal number with two decimals and grouping.
     *
     * @param amount the number, may be {@code null}
     * @param locale the user's locale
     * @return the formatted number, empty for {@code null}
     */
    public static String number(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        return decimalFormat(locale, "#,##0.00").format(amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    /** Formats a whole count with grouping: {@code 12 345}. */
    public static String count(long value, Locale locale) {
        return decimalFormat(locale, "#,##0").format(value);
    }

    /** Formats a date day-first: {@code 25/11/2026}; empty for {@code null}. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormat decimalFormat(Locale locale, String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        if (isEnglish(locale)) {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        } else {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(NBSP);
        }
        return new DecimalFormat(pattern, symbols);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
