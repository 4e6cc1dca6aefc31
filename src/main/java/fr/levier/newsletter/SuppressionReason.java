package fr.levier.newsletter;

/** Why an address is on the suppression list. */
public enum SuppressionReason {
    /** The person left the list, or their consent was withdrawn, refused or they are flagged do-not-contact. */
    UNSUBSCRIBED,
    /** A mail server refused the address permanently (5xx or a delivery-status notification). */
    HARD_BOUNCE
}
