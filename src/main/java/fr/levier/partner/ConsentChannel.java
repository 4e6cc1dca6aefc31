package fr.levier.partner;

/** How a consent change reached the CRM, as kept in the consent log. */
public enum ConsentChannel {
    /** A user edited the contact in the application. */
    FORM,
    /** Through the REST API. */
    API,
    /** A CSV/XLSX import. */
    IMPORT,
    /** The person clicked the unsubscribe link of a newsletter (confirmation page). */
    UNSUBSCRIBE_LINK,
    /** The person's mail client sent the RFC 8058 one-click unsubscribe. */
    ONE_CLICK,
    /** The person wrote to the unsubscribe address of a newsletter ({@code List-Unsubscribe} mailto). */
    UNSUBSCRIBE_MAIL
}
