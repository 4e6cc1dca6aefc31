package fr.levier.partner;

/**
 * Published in the transaction that changed a contact's consent (form, API, import, unsubscribe), after
 * the change was written to the consent log. Modules that keep their own suppression lists (newsletters)
 * follow it with a plain {@code @EventListener} so both commit together.
 *
 * @param contactId    the contact
 * @param email        the contact's main e-mail after the change (lower case), or {@code null}
 * @param status       consent after the change
 * @param legalBasis   legal basis after the change
 * @param doNotContact do-not-contact flag after the change
 * @param channel      how the change arrived
 * @param newContact   the contact was created by this change (nothing was recorded before: no suppression of
 *                     its own can exist yet)
 */
public record ContactConsentChanged(
        long contactId,
        String email,
        ConsentStatus status,
        LegalBasis legalBasis,
        boolean doNotContact,
        ConsentChannel channel,
        boolean newContact) {

    /** @return whether newsletters may no longer be sent to this contact whatever the legal basis */
    public boolean optedOut() {
        return doNotContact || status == ConsentStatus.WITHDRAWN || status == ConsentStatus.REFUSED;
    }
}
