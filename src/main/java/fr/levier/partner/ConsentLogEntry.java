package fr.levier.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One consent change of a contact: append-only (never updated), erased with the contact. */
@Entity
@Table(name = "consent_log")
class ConsentLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consent_log_seq")
    @SequenceGenerator(name = "consent_log_seq", sequenceName = "consent_log_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ConsentChannel channel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "previous_status", length = 20)
    private ConsentStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ConsentStatus status;

    @Column(name = "consent_date")
    private LocalDate consentDate;

    @Column(length = 100)
    private String source;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_basis", length = 30)
    private LegalBasis legalBasis;

    @Column(name = "do_not_contact", nullable = false)
    private boolean doNotContact;

    @Column(length = 300)
    private String note;

    protected ConsentLogEntry() {}

    ConsentLogEntry(
            long contactId,
            Instant recordedAt,
            String recordedBy,
            ConsentChannel channel,
            ConsentStatus previousStatus,
            ConsentState after,
            String note) {
        this.contactId = contactId;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.channel = channel;
        this.previousStatus = previousStatus;
        this.status = after.status();
        this.consentDate = after.date();
        this.source = after.source();
        this.legalBasis = after.legalBasis();
        this.doNotContact = after.doNotContact();
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 300);
    }

    ConsentEntry toEntry() {
        return new ConsentEntry(
                id,
                contactId,
                recordedAt,
                recordedBy,
                channel,
                previousStatus,
                status,
                consentDate,
                source,
                legalBasis,
                doNotContact,
                note);
    }
}
