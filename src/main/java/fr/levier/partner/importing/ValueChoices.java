package fr.levier.partner.importing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value choices saved with a mapping, as text: one {@code FIELD<TAB>value as written<TAB>code} per
 * line (an empty code declines the value).
 */
final class ValueChoices {

    private ValueChoices() {}

    static String format(Map<ImportField, Map<String, String>> choices) {
        StringBuilder b = new StringBuilder();
        choices.forEach((field, values) -> values.forEach((cell, code) -> b.append(field.name())
                .append('\t')
                .append(cell.replace('\t', ' ').replace('\n', ' '))
                .append('\t')
                .append(code)
                .append('\n')));
        return b.toString();
    }

    static Map<ImportField, Map<String, String>> parse(String spec) {
        Map<ImportField, Map<String, String>> choices = new EnumMap<>(ImportField.class);
        if (spec == null) {
            return choices;
        }
        for (String line : spec.split("\n")) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3) {
                try {
                    choices.computeIfAbsent(ImportField.valueOf(parts[0]), k -> new LinkedHashMap<>())
                            .put(parts[1], parts[2]);
                } catch (IllegalArgumentException e) {
                    // a field renamed since the mapping was saved: its choices are dropped
                }
            }
        }
        return choices;
    }
}
