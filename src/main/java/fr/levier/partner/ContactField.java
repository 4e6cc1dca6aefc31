package fr.levier.partner;

/** The fields of a contact a merge can take from the record that goes. */
public enum ContactField {
    /** Civility, first and last name together. */
    NAME,
    /** Job title. */
    JOB_TITLE,
    /** Main e-mail (the other one is kept as second e-mail when there is room). */
    EMAIL,
    /** Office and mobile phones. */
    PHONES,
    /** Preferred language. */
    LANGUAGE,
    /** Newsletter consent with its date, source and legal basis, and the do-not-contact flag. */
    CONSENT
}
