package fr.levier.partner;

/** Fields the merge screen lets the user take from one record or the other. */
public enum PartnerField {
    /** Name. */
    NAME,
    /** Legal form. */
    LEGAL_FORM,
    /** Type. */
    TYPE,
    /** SIRET. */
    SIRET,
    /** NAF code. */
    NAF_CODE,
    /** Street, postcode and town together. */
    ADDRESS,
    /** Web site. */
    WEBSITE,
    /** Headcount. */
    HEADCOUNT,
    /** Tags. */
    TAGS,
    /** Relationship status. */
    STATUS,
    /** Officer in charge. */
    OFFICER,
    /** InvestInRomans membership (flag, since, level, fee). */
    MEMBERSHIP,
    /** Notes. */
    NOTES
}
