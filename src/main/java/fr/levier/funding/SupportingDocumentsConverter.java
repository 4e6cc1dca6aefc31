package fr.levier.funding;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a claim's checklist as a comma-separated list of item names. */
@Converter
class SupportingDocumentsConverter implements AttributeConverter<Set<SupportingDocument>, String> {

    @Override
    public String convertToDatabaseColumn(Set<SupportingDocument> items) {
        return items == null || items.isEmpty()
                ? null
                : items.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<SupportingDocument> convertToEntityAttribute(String value) {
        EnumSet<SupportingDocument> set = EnumSet.noneOf(SupportingDocument.class);
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).forEach(s -> set.add(SupportingDocument.valueOf(s)));
        }
        return set;
    }
}
