package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A meeting, call, e-mail, event or visit with a partner and some of its contacts. */
@Entity
@Table(name = "interaction")
class Interaction extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InteractionKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 4000)
    private String summary;

    /** Logins of the city's participants, comma-separated. */
    @Column(name = "user_participants", length = 500)
    private String userParticipants;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "interaction_contact", joinColumns = @JoinColumn(name = "interaction_id"))
    @Column(name = "contact_id")
    private Set<Long> contactIds = new HashSet<>();

    /** Id of a project of the project module (no foreign key: partner does not depend on it). */
    @Column(name = "project_id")
    private Long projectId;

    /** Id of a funding commitment (no foreign key, same reason). */
    @Column(name = "commitment_id")
    private Long commitmentId;

    protected Interaction() {}

    Interaction(Partner partner) {
        this.partner = partner;
    }

    void apply(InteractionDraft d) {
        kind = d.kind();
        occurredOn = d.occurredOn();
        subject = d.subject().trim();
        summary = Partner.blankToNull(d.summary());
        userParticipants = d.userParticipants() == null || d.userParticipants().isEmpty()
                ? null
                : String.join(",", d.userParticipants());
        contactIds.clear();
        if (d.contactIds() != null) {
            contactIds.addAll(d.contactIds());
        }
        projectId = d.projectId();
        commitmentId = d.commitmentId();
    }

    /** Erasure: rewrites the texts without the person's mentions. */
    void scrub(java.util.function.UnaryOperator<String> scrubber) {
        subject = scrubber.apply(subject);
        summary = summary == null ? null : scrubber.apply(summary);
    }

    Partner getPartner() {
        return partner;
    }

    Set<Long> getContactIds() {
        return contactIds;
    }

    InteractionKind getKind() {
        return kind;
    }

    LocalDate getOccurredOn() {
        return occurredOn;
    }

    String getSubject() {
        return subject;
    }

    String getSummary() {
        return summary;
    }

    String getUserParticipants() {
        return userParticipants;
    }

    Long getProjectId() {
        return projectId;
    }

    Long getCommitmentId() {
        return commitmentId;
    }
}
