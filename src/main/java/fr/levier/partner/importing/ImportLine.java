package fr.levier.partner.importing;

/**
 * One line of a dry-run report.
 *
 * @param line       line number in the file (the header is line 1)
 * @param outcome    what will happen
 * @param label      the name on the line
 * @param reason     why it is rejected or skipped, or what it updates
 * @param existingId the record updated or duplicated, if any
 * @param warning    what the user should look at although the line is accepted (similar name, contact
 *                   name split, e-mail domain without a dot…), empty when none
 */
public record ImportLine(
        int line, ImportOutcome outcome, String label, String reason, Long existingId, String warning) {

    /** A line without warning. */
    public ImportLine(int line, ImportOutcome outcome, String label, String reason, Long existingId) {
        this(line, outcome, label, reason, existingId, "");
    }
}
