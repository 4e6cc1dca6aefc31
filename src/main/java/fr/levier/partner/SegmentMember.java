package fr.levier.partner;

/**
 * A contact of a segment (what newsletters send to).
 *
 * @param contactId id
 * @param civility  civility
 * @param firstName first name
 * @param lastName  last name
 * @param email     e-mail
 * @param language  preferred language
 * @param consent   consent status
 */
public record SegmentMember(
        Long contactId,
        Civility civility,
        String firstName,
        String lastName,
        String email,
        String language,
        ConsentStatus consent) {}
