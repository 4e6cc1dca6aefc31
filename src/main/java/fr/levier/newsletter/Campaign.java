package fr.levier.newsletter;

import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.partner.SegmentCriteria;
import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A newsletter: its content, its audience (a segment and/or ad-hoc filters) and where its sending stands.
 * Audited: its History tab shows who changed the content, the audience or the sending, and when (the
 * dispatcher's failure counter is not history, so it is not audited).
 */
@Entity
@Audited
@Table(name = "campaign")
class Campaign extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 200)
    private String preheader;

    @Lob
    @Column(nullable = false, length = 1_000_000_000) // LONGTEXT on MariaDB, CLOB on H2
    private String html;

    @Column(name = "segment_id")
    private Long segmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "aud_partner_type", length = 30)
    private PartnerType audienceType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "aud_status", length = 20)
    private RelationshipStatus audienceStatus;

    @Column(name = "aud_town", length = 120)
    private String audienceTown;

    @Column(name = "aud_tag", length = 60)
    private String audienceTag;

    @Column(name = "aud_iir_only", nullable = false)
    private boolean audienceInvestInRomansOnly;

    @Column(name = "aud_consent_only", nullable = false)
    private boolean audienceConsentOnly;

    @Column(name = "officer_name", length = 100)
    private String officerName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "paused_reason", length = 500)
    private String pausedReason;

    @NotAudited
    @Column(name = "consecutive_failures", nullable = false)
    private int consecutiveFailures;

    protected Campaign() {}

    Campaign(CampaignDraft draft, String officerName) {
        apply(draft);
        this.officerName = officerName;
    }

    void apply(CampaignDraft d) {
        subject = d.subject().trim();
        preheader = d.preheader() == null || d.preheader().isBlank()
                ? null
                : d.preheader().trim();
        html = HtmlContent.sanitize(d.html());
        segmentId = d.segmentId();
        SegmentCriteria f = d.filters() == null ? SegmentCriteria.NONE : d.filters();
        audienceType = f.type();
        audienceStatus = f.status();
        audienceTown = blankToNull(f.town());
        audienceTag = blankToNull(f.tag());
        audienceInvestInRomansOnly = f.investInRomansOnly();
        audienceConsentOnly = f.consentOnly();
    }

    SegmentCriteria filters() {
        return new SegmentCriteria(
                audienceType,
                audienceStatus,
                null,
                audienceTown,
                audienceTag,
                audienceInvestInRomansOnly,
                audienceConsentOnly);
    }

    CampaignDraft toDraft() {
        return new CampaignDraft(subject, preheader, html, segmentId, filters());
    }

    void moveTo(CampaignStatus next) {
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException(status + " -> " + next);
        }
        status = next;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    String getSubject() {
        return subject;
    }

    String getPreheader() {
        return preheader;
    }

    String getHtml() {
        return html;
    }

    Long getSegmentId() {
        return segmentId;
    }

    String getOfficerName() {
        return officerName;
    }

    CampaignStatus getStatus() {
        return status;
    }

    Instant getScheduledAt() {
        return scheduledAt;
    }

    void setScheduledAt(Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }

    void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    String getPausedReason() {
        return pausedReason;
    }

    void setPausedReason(String pausedReason) {
        this.pausedReason =
                pausedReason == null || pausedReason.length() <= 500 ? pausedReason : pausedReason.substring(0, 500);
    }
}
