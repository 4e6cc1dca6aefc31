package fr.levier.shared;

import java.util.Locale;

/** The one way services turn a search box's text into a {@code like} pattern for their queries. */
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
}
