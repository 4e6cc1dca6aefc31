package fr.levier.partner;

import fr.levier.shared.api.NotSortable;

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
        @NotSortable Long contactId,
        Civility civility,
        String firstName,
        String lastName,
        String email,
        String language,
        @NotSortable ConsentStatus consent) {}
