package fr.levier.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Removes what names a person from free texts (interaction subjects and summaries, task titles):
 * their full name in either order, their e-mails and their phone numbers however they were typed
 * ({@code 04 75 12 34 56}, {@code 04.75.12.34.56}, {@code +33 4 75…}), case-insensitively. With
 * {@code includeLastName} the bare last name goes too: used on texts linked to the person, where it
 * can only be them. Plain rule, no framework.
 */
public final class PersonalTextScrubber {

    /** What replaces each mention. */
    public static final String MARK = "[effacé]";

    private final Pattern pattern;

    /**
     * @param firstName      first name, may be {@code null}
     * @param lastName       last name
     * @param emails         e-mails, {@code null}s ignored
     * @param phones         phones in their stored form ({@code +33475123456}), {@code null}s ignored
     * @param includeLastName also remove the bare last name
     */
    public PersonalTextScrubber(
            String firstName, String lastName, List<String> emails, List<String> phones, boolean includeLastName) {
        List<String> alternatives = new ArrayList<>();
        if (firstName != null && lastName != null) {
            alternatives.add(words(firstName + " " + lastName));
            alternatives.add(words(lastName + " " + firstName));
        }
        if (includeLastName && lastName != null && lastName.strip().length() >= 2) {
            alternatives.add("\\b" + words(lastName) + "\\b");
        }
        emails.stream().filter(Objects::nonNull).map(Pattern::quote).forEach(alternatives::add);
        phones.stream().filter(Objects::nonNull).forEach(p -> alternatives.addAll(phonePatterns(p)));
        // longest first, so "Jeanne Martin" goes before "Martin"
        alternatives.sort(Comparator.comparingInt(String::length).reversed());
        this.pattern = alternatives.isEmpty()
                ? null
                : Pattern.compile(
                        alternatives.stream().collect(Collectors.joining("|", "(?:", ")")),
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * @param text a text, may be {@code null}
     * @return the text without the person's mentions
     */
    public String scrub(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(MARK));
    }

    /** @return whether the text mentions the person */
    public boolean mentions(String text) {
        return text != null && pattern != null && pattern.matcher(text).find();
    }

    private static String words(String name) {
        return java.util.Arrays.stream(name.strip().split("\\s+"))
                .map(Pattern::quote)
                .collect(Collectors.joining("\\s+"));
    }

    private static List<String> phonePatterns(String stored) {
        List<String> out = new ArrayList<>();
        String digits = stored.replaceAll("\\D", "");
        out.add(spaced(digits, stored.startsWith("+") ? "\\+" : ""));
        if (stored.startsWith("+33") && digits.length() == 11) {
            out.add(spaced("0" + digits.substring(2), ""));
        }
        return out;
    }

    private static String spaced(String digits, String prefix) {
        return prefix
                + digits.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("[\\s.\\-]?"));
    }
}
