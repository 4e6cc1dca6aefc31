package fr.levier.partner;

/** Why two records are thought to be the same. */
public enum DuplicateReason {
    /** Same SIRET. */
    SIRET,
    /** Same normalised name and same town. */
    NAME_TOWN,
    /** Same e-mail (contacts). */
    EMAIL
}
