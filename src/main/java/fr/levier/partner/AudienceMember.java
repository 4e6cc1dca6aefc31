package fr.levier.partner;

/**
 * A current contact of a partner matching segment criteria, whether or not they may receive newsletters:
 * the newsletter module decides who is excluded and says why (no e-mail, no consent, do-not-contact…).
 *
 * @param contactId    id
 * @param civility     civility
 * @param firstName    first name
 * @param lastName     last name
 * @param email        main e-mail (lower case), or {@code null}
 * @param language     preferred language
 * @param consent      newsletter consent
 * @param legalBasis   legal basis, or {@code null}
 * @param doNotContact do-not-contact flag
 * @param partnerName  a partner the contact currently works at (first by name)
 */
public record AudienceMember(
        Long contactId,
        Civility civility,
        String firstName,
        String lastName,
        String email,
        String language,
        ConsentStatus consent,
        LegalBasis legalBasis,
        boolean doNotContact,
        String partnerName) {}
