package fr.levier.partner;

import java.util.regex.Pattern;

/**
 * Checks French company identifiers: a SIREN has 9 digits, a SIRET 14 (SIREN + 5); both carry a Luhn
 * check digit. La Poste (SIREN 356 000 000) is the known exception: its establishments' SIRETs have a
 * digit sum that is a multiple of 5 instead.
 */
public final class SiretRules {

    /** SIREN of La Poste, whose SIRETs do not follow Luhn. */
    public static final String LA_POSTE_SIREN = "356000000";

    private SiretRules() {}

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\\u00a0\\u202f]");
    private static final Pattern DIGITS = Pattern.compile("\\d{9}|\\d{14}");

    /**
     * Removes spaces, dots and dashes as people type them ({@code 732 829 320 00074}).
     *
     * @param raw what was typed, may be {@code null}
     * @return the digits-only form, {@code null} when blank
     */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = SEPARATORS.matcher(raw).replaceAll("");
        return s.isEmpty() ? null : s;
    }

    /**
     * @param siretOrSiren digits only (see {@link #clean(String)})
     * @return whether it is a well-formed SIREN or SIRET with a correct check digit
     */
    public static boolean isValid(String siretOrSiren) {
        if (siretOrSiren == null || !DIGITS.matcher(siretOrSiren).matches()) {
            return false;
        }
        if (luhn(siretOrSiren)) {
            return true;
        }
        return siretOrSiren.length() == 14
                && siretOrSiren.startsWith(LA_POSTE_SIREN)
                && digitSum(siretOrSiren) % 5 == 0;
    }

    /** @return whether the digits pass the Luhn check */
    static boolean luhn(String digits) {
        int sum = 0;
        boolean dbl = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    /**
     * Completes a 13-digit prefix with its Luhn check digit (used to build demo and test data).
     *
     * @param prefix the first 8 (SIREN) or 13 (SIRET) digits
     * @return the identifier with its check digit
     */
    public static String withCheckDigit(String prefix) {
        for (int d = 0; d <= 9; d++) {
            if (luhn(prefix + d)) {
                return prefix + d;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
