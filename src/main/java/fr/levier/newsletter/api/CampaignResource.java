package fr.levier.newsletter.api;

import fr.levier.newsletter.CampaignDetails;
import fr.levier.newsletter.CampaignStatus;
import fr.levier.partner.SegmentCriteria;
import java.time.Instant;

/**
 * A campaign as the API shows it: flat, with the counts scripts poll. Stable fields: {@code id},
 * {@code status}, {@code recipients}, {@code sent}, {@code failed}, {@code suppressed}.
 *
 * @param id                 id
 * @param version            version, for PUT
 * @param status             DRAFT, SCHEDULED, SENDING, SENT, PAUSED or CANCELLED
 * @param subject            subject
 * @param preheader          preheader
 * @param html               sanitised body
 * @param segmentId          segment
 * @param filters            ad-hoc filters
 * @param officerName        author
 * @param scheduledAt        planned start
 * @param startedAt          start of sending
 * @param finishedAt         end of sending
 * @param pausedReason       why it paused itself
 * @param recipients         rows in the outbox
 * @param sent               accepted by the SMTP server
 * @param pending            still to send
 * @param failed             given up
 * @param suppressed         not sent (left the list, bounced, cancelled)
 * @param possibleDuplicates in flight when a dispatcher stopped
 * @param unsubscribed       left the list from this campaign
 */
record CampaignResource(
        Long id,
        long version,
        CampaignStatus status,
        String subject,
        String preheader,
        String html,
        Long segmentId,
        SegmentCriteria filters,
        String officerName,
        Instant scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        String pausedReason,
        long recipients,
        long sent,
        long pending,
        long failed,
        long suppressed,
        long possibleDuplicates,
        long unsubscribed) {

    static CampaignResource of(CampaignDetails d) {
        var p = d.progress();
        return new CampaignResource(
                d.id(),
                d.version(),
                d.status(),
                d.draft().subject(),
                d.draft().preheader(),
                d.draft().html(),
                d.draft().segmentId(),
                d.draft().filters(),
                d.officerName(),
                d.scheduledAt(),
                d.startedAt(),
                d.finishedAt(),
                d.pausedReason(),
                p.recipients(),
                p.sent(),
                p.pending(),
                p.failed(),
                p.suppressed(),
                p.possibleDuplicates(),
                p.unsubscribed());
    }
}
