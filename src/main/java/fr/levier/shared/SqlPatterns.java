package fr.levier.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** The one way services turn a search box's text into a {@code like} pattern, and enum rules into SQL lists. */
public final class SqlPatterns {

    private SqlPatterns() {}

    /**
     * @param text what the user typed, possibly blank
     * @return {@code %text%} trimmed and lower-cased (compare with {@code lower(column)}), {@code null}
     *     when there is nothing to search for (queries read {@code :pattern is null} as "no filter")
     */
    public static String contains(String text) {
        return text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
    }

    /**
     * An SQL list of enum constants for native queries, e.g. {@code ('AWARDED', 'PAID')}: the constants that
     * pass every predicate, quoted (enum names need no escaping). Built once into a constant, so a rule
     * such as "which statuses count as awarded" stays in the enum.
     *
     * @param values the enum's values
     * @param keep   the predicates a constant must pass
     * @return the parenthesised list
     */
    @SafeVarargs
    public static <E extends Enum<E>> String inList(E[] values, Predicate<E>... keep) {
        List<String> names = Arrays.stream(values)
                .filter(v -> Arrays.stream(keep).allMatch(k -> k.test(v)))
                .map(v -> "'" + v.name() + "'")
                .toList();
        return "(" + String.join(", ", names) + ")";
    }
}
