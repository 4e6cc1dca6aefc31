package fr.levier.partner;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phone numbers stored in an E.164-like form ({@code +33475123456}) and shown the French way
 * ({@code 04 75 12 34 56}); foreign numbers are shown as stored.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {}

    // compiled once: numbers are checked line by line in imports of 100 000 rows
    private static final Pattern TRUNK_ZERO = Pattern.compile("\\(0\\)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/\\u00a0\\u202f]");
    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8}");
    private static final Pattern NO_PLUS = Pattern.compile("33[1-9]\\d{8}");
    private static final Pattern FRENCH = Pattern.compile("\\+33[1-9]\\d{8}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9]\\d{6,14}");

    /**
     * Normalises a number as typed: spaces, dots, dashes and parentheses are ignored; a French
     * national number (10 digits starting with 0) gets the +33 prefix; {@code 00} becomes {@code +}.
     *
     * @param raw what was typed, may be {@code null} or blank
     * @return the stored form; empty when blank; {@code null} inside the optional never happens
     * @throws IllegalArgumentException when it is not a phone number
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = SEPARATORS
                .matcher(TRUNK_ZERO.matcher(raw.trim()).replaceAll(""))
                .replaceAll("");
        if (s.startsWith("00")) {
            s = "+" + s.substring(2);
        }
        if (NATIONAL.matcher(s).matches()) {
            return Optional.of("+33" + s.substring(1));
        }
        if (NO_PLUS.matcher(s).matches()) {
            return Optional.of("+" + s);
        }
        if (FRENCH.matcher(s).matches()) {
            return Optional.of(s);
        }
        if (INTERNATIONAL.matcher(s).matches() && !s.startsWith("+33")) {
            return Optional.of(s);
        }
        throw new IllegalArgumentException("not a phone number");
    }

    /** @return whether {@link #normalize(String)} accepts the text */
    public static boolean isValid(String raw) {
        try {
            normalize(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @param stored a normalised number, may be {@code null}
     * @return {@code 04 75 12 34 56} for French numbers, the stored form otherwise, empty for {@code null}
     */
    public static String display(String stored) {
        if (stored == null) {
            return "";
        }
        if (FRENCH.matcher(stored).matches()) {
            String n = "0" + stored.substring(3);
            return n.substring(0, 2) + " " + n.substring(2, 4) + " " + n.substring(4, 6) + " " + n.substring(6, 8) + " "
                    + n.substring(8, 10);
        }
        return stored;
    }
}
