package fr.levier.partner;

import java.time.LocalDate;
import java.util.Collection;

/**
 * {@link SegmentCriteria} as the segment queries bind them ({@code :#{#q.type}} in
 * {@link SegmentRepository}): built once per call, the officer trimmed, the town normalised, the tag as a
 * like pattern, the funding restriction resolved to partner ids. {@code null} means "any".
 *
 * @param type        kind of partner
 * @param status      relationship status
 * @param officer     officer in charge
 * @param town        normalised town
 * @param tag         {@code %,tag,%} on the comma-framed tags
 * @param iir         InvestInRomans members only
 * @param restricted  whether {@code ids} restricts the partners (funding criteria given)
 * @param ids         the partners the funding criteria allow (never empty: an unknown id stands for none)
 * @param consentOnly contacts who gave their newsletter consent only
 * @param today       the day current affiliations are judged on
 */
record SegmentQuery(
        PartnerType type,
        RelationshipStatus status,
        String officer,
        String town,
        String tag,
        boolean iir,
        boolean restricted,
        Collection<Long> ids,
        boolean consentOnly,
        LocalDate today) {}
