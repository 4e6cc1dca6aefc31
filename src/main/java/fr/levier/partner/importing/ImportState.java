package fr.levier.partner.importing;

import fr.levier.partner.*;

/** Where an import job stands. */
public enum ImportState {
    /** File read, columns to map. */
    UPLOADED,
    /** Dry run done: the report says what apply will do. */
    ANALYSED,
    /** Being applied. */
    RUNNING,
    /** Applied. */
    DONE,
    /** Apply failed: nothing was changed. */
    FAILED
}
