package fr.levier.partner.importing;

import fr.levier.partner.NameNormalizer;
import fr.levier.shared.i18n.Translator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known values of a coded import column (partner type, status, consent, yes/no…): the codes a cell
 * may stand for, and the words people write for them (labels in French and English, accents and case
 * ignored, plus common French synonyms). It proposes a code for a cell; the user confirms or chooses in
 * the value-mapping step. No framework: table-tested in {@code ValueVocabularyTest}.
 */
public final class ValueVocabulary {

    /** The code of "yes" in a yes/no vocabulary. */
    public static final String YES = "true";
    /** The code of "no" in a yes/no vocabulary. */
    public static final String NO = "false";

    private final List<String> codes;
    private final String labelPrefix;
    private final Map<String, String> words = new HashMap<>();

    private ValueVocabulary(List<String> codes, String labelPrefix) {
        this.codes = List.copyOf(codes);
        this.labelPrefix = labelPrefix;
        for (String code : codes) {
            word(code, code);
            for (Locale l : Translator.LOCALES) {
                word(Translator.translate(labelPrefix + code, l), code);
            }
        }
    }

    /**
     * A vocabulary of an enum's constants, labelled by {@code labelPrefix + name} in the bundles.
     *
     * @param type        the enum
     * @param labelPrefix bundle key prefix of its labels, e.g. {@code partnerType.}
     * @param synonyms    more words for some constants
     * @return the vocabulary
     */
    public static <E extends Enum<E>> ValueVocabulary ofEnum(
            Class<E> type, String labelPrefix, Map<E, List<String>> synonyms) {
        List<String> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(e.name());
        }
        ValueVocabulary v = new ValueVocabulary(codes, labelPrefix);
        synonyms.forEach((e, list) -> list.forEach(w -> v.word(w, e.name())));
        return v;
    }

    /**
     * A vocabulary of fixed codes, labelled by {@code labelPrefix + code} in the bundles.
     *
     * @param codes       the codes, in order
     * @param labelPrefix bundle key prefix of their labels
     * @param synonyms    more words for some codes
     * @return the vocabulary
     */
    public static ValueVocabulary of(List<String> codes, String labelPrefix, Map<String, List<String>> synonyms) {
        ValueVocabulary v = new ValueVocabulary(codes, labelPrefix);
        synonyms.forEach((code, list) -> list.forEach(w -> v.word(w, code)));
        return v;
    }

    /** @return the yes/no vocabulary (oui/non, o/n, x, 1/0, vrai/faux, yes/no…) */
    public static ValueVocabulary yesNo() {
        ValueVocabulary v = new ValueVocabulary(List.of(YES, NO), "import.bool.");
        List.of("oui", "o", "yes", "y", "x", "1", "vrai", "true", "ok", "membre", "accepte")
                .forEach(w -> v.word(w, YES));
        List.of("non", "n", "no", "0", "faux", "false", "refuse").forEach(w -> v.word(w, NO));
        return v;
    }

    private void word(String text, String code) {
        String key = key(text);
        if (!key.isEmpty()) {
            words.putIfAbsent(key, code);
        }
    }

    /** Lower case, no accents, no punctuation, and no plural "s" at the end of words. */
    private static String key(String text) {
        String s = NameNormalizer.simplify(text == null ? "" : text);
        StringBuilder b = new StringBuilder();
        for (String w : s.split(" ")) {
            if (w.length() > 3 && (w.endsWith("s") || w.endsWith("x"))) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                b.append(b.isEmpty() ? "" : " ").append(w);
            }
        }
        return b.toString();
    }

    /** @return the code proposed for a cell, empty when no known word matches */
    public Optional<String> propose(String cell) {
        return Optional.ofNullable(words.get(key(cell)));
    }

    /** @return whether a code belongs to this vocabulary */
    public boolean knows(String code) {
        return codes.contains(code);
    }

    /** @return every code, in order */
    public List<String> codes() {
        return Collections.unmodifiableList(codes);
    }

    /** @return the label of a code in a language */
    public String label(String code, Locale locale) {
        return Translator.translate(labelPrefix + code, locale);
    }
}
