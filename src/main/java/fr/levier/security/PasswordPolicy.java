package fr.levier.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Password rules shared by the admin screen, the API and the first-admin bootstrap: 12 to 128
 * characters, not in the shipped list of common passwords ({@code security/common-passwords.txt},
 * also after removing trailing digits and symbols), and not trivial (a single repeated character or
 * short pattern, an ascending or descending run like {@code 123456789012} or {@code abcdefghijkl},
 * fewer than 5 different characters).
 */
public final class PasswordPolicy {

    /** Minimum length of a password (ANSSI recommends 12+ for ordinary accounts). */
    public static final int MIN_LENGTH = 12;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /**
     * @param password a candidate password
     * @return {@code true} when it is long enough, not common and not trivial
     */
    public static boolean isAcceptable(String password) {
        return password != null
                && !password.isBlank()
                && password.length() >= MIN_LENGTH
                && password.length() <= 128
                && !isCommon(password)
                && !isTrivial(password);
    }

    /** @return whether the password, or its stem without trailing digits and symbols, is a common one */
    static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\W_]+$", "");
        return COMMON.contains(lower) || (stem.length() >= 4 && COMMON.contains(stem)) || COMMON.contains(stem + "123");
    }

    /** @return whether the password is a repetition, a run or uses fewer than 5 different characters */
    static boolean isTrivial(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        if (p.chars().distinct().count() < 5) {
            return true;
        }
        for (int unit = 1; unit <= 6; unit++) {
            if (p.length() % unit == 0
                    && p.substring(0, unit).repeat(p.length() / unit).equals(p)) {
                return true;
            }
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < p.length(); i++) {
            int step = p.charAt(i) - p.charAt(i - 1);
            ascending &= step == 1;
            descending &= step == -1;
        }
        return ascending || descending;
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
