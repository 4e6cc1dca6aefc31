package fr.levier.partner.importing;

import java.util.Map;

/**
 * One distinct value of a coded column, for the value-mapping step.
 *
 * @param field    the coded field
 * @param cell     the value as written in the file
 * @param count    how many lines carry it
 * @param proposed the code proposed from known words, {@code null} when none
 * @param chosen   the code the user chose, {@code ""} when declined, {@code null} when not chosen yet
 * @param choices  code → label of every allowed value
 */
public record ImportValue(
        ImportField field, String cell, int count, String proposed, String chosen, Map<String, String> choices) {

    /** @return the code the dry run will use, {@code null} when the value refuses its lines */
    public String effective() {
        if (chosen != null) {
            return chosen.isEmpty() ? null : chosen;
        }
        return proposed;
    }
}
