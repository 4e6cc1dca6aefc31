package fr.levier.partner.importing;

import fr.levier.partner.*;

/**
 * One line of a dry-run report.
 *
 * @param line       line number in the file (the header is line 1)
 * @param outcome    what will happen
 * @param label      the name on the line
 * @param reason     why it is rejected or skipped, or what it updates
 * @param existingId the record updated or duplicated, if any
 */
public record ImportLine(int line, ImportOutcome outcome, String label, String reason, Long existingId) {}
