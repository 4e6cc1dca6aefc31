package fr.levier.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The comparable form of an organisation or person name: lower case, no accents, no punctuation,
 * single spaces, and without legal-form words (SA, SAS, SARL…), so that "SARL Tannerie du Vercors"
 * and "tannerie du vercors (S.A.R.L.)" are seen as the same organisation.
 */
public final class NameNormalizer {

    /** Legal-form words dropped from organisation names (already normalised). */
    static final Set<String> LEGAL_FORMS = Set.of(
            "sa",
            "sas",
            "sasu",
            "sarl",
            "eurl",
            "sci",
            "scop",
            "scic",
            "snc",
            "sca",
            "scs",
            "selarl",
            "selas",
            "sem",
            "spl",
            "gie",
            "ei",
            "eirl",
            "sarlu",
            "ste",
            "societe",
            "ets",
            "etablissements",
            "cie",
            "et cie");

    // compiled once: String.replaceAll compiles its pattern on every call (an import normalises 100 000s of names)
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern ACRONYM_DOT = Pattern.compile("(?<=\\b[a-z])\\.");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private NameNormalizer() {}

    /**
     * Lower case, accents removed, every non-alphanumeric character a space, spaces collapsed.
     *
     * @param text any text, may be {@code null}
     * @return the simplified text, empty for {@code null}
     */
    public static String simplify(String text) {
        if (text == null) {
            return "";
        }
        String s =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        // acronyms written with dots ("S.A.R.L.") become one word before punctuation turns into spaces
        if (s.indexOf('.') >= 0) {
            s = ACRONYM_DOT.matcher(s).replaceAll("");
        }
        s = NOT_ALPHANUMERIC.matcher(s).replaceAll(" ").trim();
        return s;
    }

    /**
     * The dedupe key of an organisation name.
     *
     * @param name the name as typed
     * @return simplified, without legal-form words; empty when nothing is left
     */
    public static String organisation(String name) {
        return organisationOfSimplified(simplify(name));
    }

    /** {@link #organisation(String)} of a text already {@link #simplify simplified}. */
    static String organisationOfSimplified(String simplified) {
        return Arrays.stream(simplified.split(" "))
                .filter(w -> !w.isEmpty() && !LEGAL_FORMS.contains(w))
                .collect(Collectors.joining(" "));
    }

    /**
     * The words of a name, for prefix search (at most 60 characters each, duplicates removed).
     *
     * @param text name, town…
     * @return distinct simplified words
     */
    public static Set<String> tokens(String text) {
        return tokensOfSimplified(simplify(text));
    }

    /** {@link #tokens(String)} of a text already {@link #simplify simplified}. */
    static Set<String> tokensOfSimplified(String simplified) {
        return Arrays.stream(simplified.split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
