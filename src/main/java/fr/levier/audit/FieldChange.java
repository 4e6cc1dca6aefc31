package fr.levier.audit;

/**
 * One field changed by a revision. Values are the stored values (dates, amounts, enum constants,
 * text), formatted by the screen that shows them.
 *
 * @param field  the entity's field name, e.g. {@code amountAwarded}
 * @param before the value before the change, {@code null} when empty or for a creation
 * @param after  the value after the change, {@code null} when emptied or for a deletion
 */
public record FieldChange(String field, Object before, Object after) {}
