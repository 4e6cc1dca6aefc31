package fr.levier.partner.importing;

/**
 * What an import does with a line whose record already exists (a partner with the same SIRET, a contact with
 * the same e-mail), chosen by the user in the dry-run step.
 */
public enum ExistingRecords {
    /** The line's cells overwrite the record's (empty cells keep what is there). */
    UPDATE,
    /** The record is left as it is; the line is reported as skipped. */
    SKIP
}
