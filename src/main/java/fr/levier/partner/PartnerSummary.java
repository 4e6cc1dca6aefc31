package fr.levier.partner;

/**
 * One line of a partner list.
 *
 * @param id              database id
 * @param name            organisation name
 * @param type            kind of organisation
 * @param siret           SIRET or SIREN, may be {@code null}
 * @param town            town
 * @param status          relationship status
 * @param officerUsername login of the officer in charge, may be {@code null}
 * @param investInRomans  member of the InvestInRomans network
 */
public record PartnerSummary(
        Long id,
        String name,
        PartnerType type,
        String siret,
        String town,
        RelationshipStatus status,
        String officerUsername,
        boolean investInRomans) {}
