package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A saved filter on partners and their current contacts, reused by newsletters and reports. */
@Entity
@Table(name = "segment")
class Segment extends AbstractEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "partner_type", length = 30)
    private PartnerType partnerType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private RelationshipStatus status;

    @Column(name = "officer_username", length = 60)
    private String officerUsername;

    @Column(length = 120)
    private String town;

    @Column(length = 60)
    private String tag;

    @Column(name = "invest_in_romans_only", nullable = false)
    private boolean investInRomansOnly;

    @Column(name = "consent_only", nullable = false)
    private boolean consentOnly;

    /** Id of a project (funding module; no foreign key: partner does not depend on it). */
    @Column(name = "project_id")
    private Long projectId;

    /** Id of a funding programme (same). */
    @Column(name = "programme_id")
    private Long programmeId;

    protected Segment() {}

    Segment(SegmentDraft d) {
        apply(d);
    }

    void apply(SegmentDraft d) {
        name = d.name().trim();
        partnerType = d.criteria().type();
        status = d.criteria().status();
        officerUsername = Partner.blankToNull(d.criteria().officerUsername());
        town = Partner.blankToNull(d.criteria().town());
        tag = PartnerTags.normalize(d.criteria().tag());
        investInRomansOnly = d.criteria().investInRomansOnly();
        consentOnly = d.criteria().consentOnly();
        projectId = d.criteria().projectId();
        programmeId = d.criteria().programmeId();
    }

    SegmentCriteria criteria() {
        return new SegmentCriteria(
                partnerType,
                status,
                officerUsername,
                town,
                tag,
                investInRomansOnly,
                consentOnly,
                projectId,
                programmeId);
    }

    SegmentView toView(long partners, long contacts) {
        return new SegmentView(getId(), getVersion(), name, criteria(), partners, contacts);
    }

    String getName() {
        return name;
    }
}
