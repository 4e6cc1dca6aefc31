package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A euro amount in French words, as written on a receipt ("somme en toutes lettres"), traditional
 * spelling: {@code 1 234,56} → "mille deux cent trente-quatre euros et cinquante-six centimes";
 * {@code 80} → "quatre-vingts euros"; {@code 2 000 000} → "deux millions d'euros".
 */
public final class AmountInWords {

    private static final String[] UNITS = {
        "zéro",
        "un",
        "deux",
        "trois",
        "quatre",
        "cinq",
        "six",
        "sept",
        "huit",
        "neuf",
        "dix",
        "onze",
        "douze",
        "treize",
        "quatorze",
        "quinze",
        "seize"
    };
    private static final String[] TENS = {"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"};

    private AmountInWords() {}

    /**
     * @param amount a non-negative amount in euros (scale ≤ 2)
     * @return the amount in words
     */
    public static String french(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.UNNECESSARY);
        long euros = a.longValue();
        int cents = a.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        StringBuilder sb = new StringBuilder();
        if (euros > 0 || cents == 0) {
            sb.append(number(euros));
            boolean roundMillions = euros >= 1_000_000 && euros % 1_000_000 == 0;
            sb.append(roundMillions ? " d'euros" : euros > 1 ? " euros" : " euro");
        }
        if (cents > 0) {
            if (!sb.isEmpty()) {
                sb.append(" et ");
            }
            sb.append(number(cents)).append(cents > 1 ? " centimes" : " centime");
        }
        return sb.toString();
    }

    /** @return a whole number in French words */
    static String number(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        StringBuilder sb = new StringBuilder();
        long billions = n / 1_000_000_000L;
        long millions = (n / 1_000_000L) % 1000;
        long thousands = (n / 1000) % 1000;
        int rest = (int) (n % 1000);
        if (billions > 0) {
            sb.append(below1000((int) billions, false)).append(billions > 1 ? " milliards" : " milliard");
        }
        if (millions > 0) {
            space(sb).append(below1000((int) millions, false)).append(millions > 1 ? " millions" : " million");
        }
        if (thousands > 0) {
            space(sb);
            if (thousands > 1) {
                sb.append(below1000((int) thousands, true)).append(' ');
            }
            sb.append("mille");
        }
        if (rest > 0) {
            space(sb).append(below1000(rest, false));
        }
        return sb.toString();
    }

    private static StringBuilder space(StringBuilder sb) {
        return sb.isEmpty() ? sb : sb.append(' ');
    }

    /** @param beforeMille "cent" and "quatre-vingt" take no plural s before "mille" */
    private static String below1000(int n, boolean beforeMille) {
        int hundreds = n / 100;
        int rest = n % 100;
        StringBuilder sb = new StringBuilder();
        if (hundreds > 0) {
            if (hundreds > 1) {
                sb.append(UNITS[hundreds]).append(' ');
            }
            sb.append("cent");
            if (hundreds > 1 && rest == 0 && !beforeMille) {
                sb.append('s');
            }
        }
        if (rest > 0) {
            space(sb).append(below100(rest, beforeMille));
        }
        return sb.toString();
    }

    private static String below100(int n, boolean beforeMille) {
        if (n <= 16) {
            return UNITS[n];
        }
        if (n < 20) {
            return "dix-" + UNITS[n - 10];
        }
        int tens = n / 10;
        int unit = n % 10;
        if (tens == 7 || tens == 9) {
            String base = tens == 7 ? "soixante" : "quatre-vingt";
            int rest = n - (tens == 7 ? 60 : 80);
            return base + (rest == 11 && tens == 7 ? " et " : "-") + below100(rest, false);
        }
        if (tens == 8) {
            return unit == 0 ? (beforeMille ? "quatre-vingt" : "quatre-vingts") : "quatre-vingt-" + UNITS[unit];
        }
        if (unit == 0) {
            return TENS[tens];
        }
        return TENS[tens] + (unit == 1 ? " et un" : "-" + UNITS[unit]);
    }
}
