package fr.levier.partner;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.stream.Collectors;

/** Tags are stored simplified and comma-separated ({@code numerique,industrie}) so a filter can match one exactly. */
final class PartnerTags {

    private PartnerTags() {}

    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String joined = Arrays.stream(raw.split("[,;|]"))
                .map(t -> NameNormalizer.simplify(t).replace(' ', '-'))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined.length() > 500 ? joined.substring(0, 500) : joined;
    }
}
