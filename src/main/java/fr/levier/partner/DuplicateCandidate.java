package fr.levier.partner;

/**
 * An existing partner that looks like the one being entered.
 *
 * @param id     existing partner
 * @param name   its name
 * @param town   its town
 * @param siret  its SIRET
 * @param reason {@code SIRET} or {@code NAME_TOWN}
 */
public record DuplicateCandidate(Long id, String name, String town, String siret, DuplicateReason reason) {}
