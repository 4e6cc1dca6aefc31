package fr.levier.partner;

/**
 * What a segment keeps: partners matching every given criterion, and their current contacts who may be
 * contacted. {@code null} means "any". "Funds project X" and "funder of programme Y" are answered by the
 * {@link SegmentCriterionProvider} the funding module implements (the partner module knows neither).
 *
 * @param type               kind of partner
 * @param status             relationship status
 * @param officerUsername    officer in charge
 * @param town               town (accents and case ignored)
 * @param tag                one tag
 * @param investInRomansOnly InvestInRomans members only
 * @param consentOnly        only contacts who gave their newsletter consent
 * @param projectId          funders of this project only
 * @param programmeId        partners with a commitment under this funding programme only
 */
public record SegmentCriteria(
        PartnerType type,
        RelationshipStatus status,
        String officerUsername,
        String town,
        String tag,
        boolean investInRomansOnly,
        boolean consentOnly,
        Long projectId,
        Long programmeId) {

    /** No criterion. */
    public static final SegmentCriteria NONE = new SegmentCriteria(null, null, null, null, null, false, false);

    /** Criteria on the partners' own fields only. */
    public SegmentCriteria(
            PartnerType type,
            RelationshipStatus status,
            String officerUsername,
            String town,
            String tag,
            boolean investInRomansOnly,
            boolean consentOnly) {
        this(type, status, officerUsername, town, tag, investInRomansOnly, consentOnly, null, null);
    }

    /** @return the same criteria, restricted to the funders of a project and/or a programme */
    public SegmentCriteria withFunding(Long project, Long programme) {
        return new SegmentCriteria(
                type, status, officerUsername, town, tag, investInRomansOnly, consentOnly, project, programme);
    }
}
