package fr.levier.newsletter;

/** Where one outbox row (one recipient of a campaign) stands. */
public enum RecipientStatus {
    /** Waiting to be sent (first try, or a retry after a temporary failure at {@code nextAttemptAt}). */
    PENDING,
    /** Claimed by a dispatcher, being handed to the SMTP server. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up: permanent refusal (5xx) or too many temporary failures. */
    FAILED,
    /** Not sent: the person left the list, bounced or may no longer be contacted before their turn came. */
    SUPPRESSED,
    /** Not sent: the campaign was cancelled. */
    CANCELLED
}
