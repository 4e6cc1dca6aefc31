package fr.levier.partner;

/** What kind of exchange an interaction was. */
public enum InteractionKind {
    /** Meeting. */
    MEETING,
    /** Phone call. */
    CALL,
    /** E-mail. */
    EMAIL,
    /** Event (forum, signing ceremony…). */
    EVENT,
    /** Site visit. */
    VISIT
}
