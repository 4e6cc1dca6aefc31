package fr.levier.partner;

/** Whether a contact agreed to receive newsletters (RGPD). */
public enum ConsentStatus {
    /** Never asked. */
    UNKNOWN,
    /** Agreed (date and source recorded). */
    GRANTED,
    /** Refused. */
    REFUSED,
    /** Agreed then unsubscribed. */
    WITHDRAWN
}
