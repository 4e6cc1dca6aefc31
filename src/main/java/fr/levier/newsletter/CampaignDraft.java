package fr.levier.newsletter;

import fr.levier.partner.SegmentCriteria;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A campaign as written in the editor or sent to {@code POST /api/campaigns}. The audience is the
 * segment's contacts narrowed by the filters; with no segment, the filters alone.
 *
 * @param subject   the e-mail's subject (required)
 * @param preheader the short line mail clients show after the subject
 * @param html      the body (sanitised before it is stored); merge fields like {@code {{prenom}}}
 * @param segmentId a saved segment, or {@code null}
 * @param filters   ad-hoc filters, or {@code null} for none
 */
public record CampaignDraft(
        @NotBlank @Size(max = 200) String subject,
        @Size(max = 200) String preheader,
        @Size(max = 500_000) String html,
        Long segmentId,
        SegmentCriteria filters) {}
