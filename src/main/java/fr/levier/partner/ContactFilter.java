package fr.levier.partner;

/**
 * Criteria of the contact list; {@code null} means "any".
 *
 * @param text      start of the last name, first name or e-mail
 * @param partnerId current or past affiliation to this partner
 * @param consent   newsletter consent
 */
public record ContactFilter(String text, Long partnerId, ConsentStatus consent) {

    /** Every contact. */
    public static final ContactFilter ALL = new ContactFilter(null, null, null);
}
