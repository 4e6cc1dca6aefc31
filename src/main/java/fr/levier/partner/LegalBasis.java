package fr.levier.partner;

/** Legal basis of processing a contact's data for newsletters (RGPD art. 6). */
public enum LegalBasis {
    /** Explicit consent. */
    CONSENT,
    /** Legitimate interest of the city (professional contacts of partners), with easy opt-out. */
    LEGITIMATE_INTEREST
}
