package fr.levier.newsletter;

/** Why a contact of the audience does not receive a campaign (shown before sending). */
public enum Exclusion {
    /** No e-mail address. */
    NO_EMAIL,
    /** Flagged "do not contact". */
    DO_NOT_CONTACT,
    /** Left the list (consent withdrawn or unsubscribe link). */
    UNSUBSCRIBED,
    /** The address was refused permanently by a mail server before. */
    HARD_BOUNCE,
    /** Neither consent nor a legitimate-interest basis (or the audience requires explicit consent). */
    NO_CONSENT,
    /** Same address as another contact of the audience: one message per address. */
    DUPLICATE
}
