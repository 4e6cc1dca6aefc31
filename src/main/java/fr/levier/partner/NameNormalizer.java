package fr.levier.partner;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
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
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        // acronyms written with dots ("S.A.R.L.") become one word before punctuation turns into spaces
        s = s.replaceAll("(?<=\\b[a-z])\\.", "");
        s = s.replaceAll("[^a-z0-9]+", " ").trim();
        return s;
    }

    /**
     * The dedupe key of an organisation name.
     *
     * @param name the name as typed
     * @return simplified, without legal-form words; empty when nothing is left
     */
    public static String organisation(String name) {
        return Arrays.stream(simplify(name).split(" "))
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
        return Arrays.stream(simplify(text).split(" "))
                .filter(w -> !w.isEmpty())
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
