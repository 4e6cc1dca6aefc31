package fr.levier.partner.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a "Contact" cell holding a full name into civility, first and last name, the way a French
 * office writes them: "Jean DUPONT", "DUPONT Jean", "Mme Marie-Claire de La Fontaine", "Dupont, Jean".
 * Particles (de, du, des, d', van, von, le, la) start the last name; words in capitals are the last
 * name; otherwise the first word is the first name (compound first names keep their hyphen).
 */
final class PersonNames {

    private static final Set<String> PARTICLES =
            Set.of("de", "du", "des", "d'", "d’", "van", "von", "der", "le", "la", "di", "da", "del", "dos");
    private static final Set<String> MADAM = Set.of("mme", "mme.", "madame", "mlle", "mlle.", "mademoiselle");
    private static final Set<String> SIR = Set.of("m", "m.", "mr", "mr.", "monsieur");

    /**
     * A split name.
     *
     * @param civility {@code MME}, {@code M} or {@code null}
     * @param first    first name, {@code null} when none
     * @param last     last name
     */
    record Split(String civility, String first, String last) {}

    private PersonNames() {}

    static Split split(String full) {
        String text = full.trim().replaceAll("\\s+", " ");
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            return new Split(
                    null,
                    text.substring(comma + 1).trim(),
                    text.substring(0, comma).trim());
        }
        List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
        String civility = null;
        if (words.size() > 1) {
            String w = words.get(0).toLowerCase(Locale.ROOT);
            civility = MADAM.contains(w) ? "MME" : SIR.contains(w) ? "M" : null;
            if (civility != null) {
                words.remove(0);
            }
        }
        if (words.size() == 1) {
            return new Split(civility, null, words.get(0));
        }
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w) || w.startsWith("d'") || w.startsWith("d’")) {
                return new Split(civility, join(words, 0, i), join(words, i, words.size()));
            }
        }
        int firstCapital = -1;
        int lastCapital = -1;
        for (int i = 0; i < words.size(); i++) {
            if (capitals(words.get(i))) {
                firstCapital = firstCapital < 0 ? i : firstCapital;
                lastCapital = i;
            }
        }
        if (firstCapital == 0 && lastCapital < words.size() - 1) {
            return new Split(civility, join(words, lastCapital + 1, words.size()), join(words, 0, lastCapital + 1));
        }
        if (firstCapital > 0) {
            return new Split(civility, join(words, 0, firstCapital), join(words, firstCapital, words.size()));
        }
        return new Split(civility, words.get(0), join(words, 1, words.size()));
    }

    private static boolean capitals(String word) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        return letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static String join(List<String> words, int from, int to) {
        return String.join(" ", words.subList(from, to));
    }
}
