package fr.levier.partner;

/**
 * Criteria of a partner list; {@code null} means "any".
 *
 * @param text            part of the name or town (accents and case ignored), or the start of a SIRET
 * @param type            kind of organisation
 * @param status          relationship status
 * @param officerUsername officer in charge
 * @param tag             one tag
 */
public record PartnerFilter(
        String text, PartnerType type, RelationshipStatus status, String officerUsername, String tag) {

    /** The filter that keeps everything. */
    public static final PartnerFilter ALL = new PartnerFilter(null, null, null);

    /** Filter on text, type and status only. */
    public PartnerFilter(String text, PartnerType type, RelationshipStatus status) {
        this(text, type, status, null, null);
    }
}
