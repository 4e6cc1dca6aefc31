package fr.levier.partner.importing;

import fr.levier.partner.*;

/** What the import does with one line. */
public enum ImportOutcome {
    /** A new record. */
    CREATE,
    /** An existing record (same SIRET, same e-mail) gets the line's non-empty values. */
    UPDATE,
    /** Looks like an existing record or an earlier line: left alone, to merge by hand if needed. */
    SKIP_DUPLICATE,
    /** Invalid: the reason says why. */
    REJECT
}
