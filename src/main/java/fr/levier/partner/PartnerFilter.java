package fr.levier.partner;

/**
 * Criteria of a partner list; {@code null} means "any".
 *
 * @param text   part of the name or town
 * @param type   kind of organisation
 * @param status relationship status
 */
public record PartnerFilter(String text, PartnerType type, RelationshipStatus status) {

    /** The filter that keeps everything. */
    public static final PartnerFilter ALL = new PartnerFilter(null, null, null);
}
