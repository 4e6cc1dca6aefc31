package fr.levier.partner;

/**
 * What a segment keeps: partners matching every given criterion, and their current contacts who may be
 * contacted. {@code null} means "any". "Funds project X" is not offered yet: the partner module does not
 * know projects (see ADR 003).
 *
 * @param type               kind of partner
 * @param status             relationship status
 * @param officerUsername    officer in charge
 * @param town               town (accents and case ignored)
 * @param tag                one tag
 * @param investInRomansOnly InvestInRomans members only
 * @param consentOnly        only contacts who gave their newsletter consent
 */
public record SegmentCriteria(
        PartnerType type,
        RelationshipStatus status,
        String officerUsername,
        String town,
        String tag,
        boolean investInRomansOnly,
        boolean consentOnly) {

    /** No criterion. */
    public static final SegmentCriteria NONE = new SegmentCriteria(null, null, null, null, null, false, false);
}
