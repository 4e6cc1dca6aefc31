package fr.levier.newsletter;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merge fields of a newsletter: {@code {{prenom}}}, {@code {{nom}}}, {@code {{civilite}}},
 * {@code {{partenaire}}}, {@code {{referent}}}, each with an optional fallback used when the value is
 * empty: {@code {{prenom|chère partenaire, cher partenaire}}}. Unknown fields are left as typed so the
 * preview shows the mistake. A plain rule.
 */
final class MergeFields {

    /** The fields offered in the editor's toolbar, in order. */
    static final java.util.List<String> NAMES =
            java.util.List.of("civilite", "prenom", "nom", "partenaire", "referent");

    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*(?:\\|([^}]*))?}}");

    private MergeFields() {}

    /** @return how many merge fields (known or not) the text holds */
    static int count(String text) {
        if (text == null || text.indexOf("{{") < 0) {
            return 0;
        }
        Matcher m = FIELD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /**
     * @param text   content with fields
     * @param values field values (missing or blank means empty)
     * @param escape how to write a value into the text (HTML escaping for the HTML part)
     * @return the content with the fields replaced
     */
    static String apply(String text, Map<String, String> values, UnaryOperator<String> escape) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Matcher m = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!NAMES.contains(name)) {
                replacement = m.group();
            } else {
                String value = values.get(name);
                if (value == null || value.isBlank()) {
                    value = m.group(2) == null ? "" : m.group(2).trim();
                }
                replacement = escape.apply(value);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
