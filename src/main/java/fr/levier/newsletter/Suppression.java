package fr.levier.newsletter;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An address no newsletter is sent to: the person left the list, or a mail server refused it for good. */
@Entity
@Table(name = "mail_suppression")
class Suppression {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_suppression_seq")
    @SequenceGenerator(name = "mail_suppression_seq", sequenceName = "mail_suppression_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String email;

    @Column(name = "contact_id")
    private Long contactId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SuppressionReason reason;

    @Column(length = 500)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Suppression() {}

    Suppression(String email, Long contactId, SuppressionReason reason, String detail, Instant createdAt) {
        this.email = email;
        this.contactId = contactId;
        this.reason = reason;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.createdAt = createdAt;
    }

    String getEmail() {
        return email;
    }

    SuppressionReason getReason() {
        return reason;
    }

    void setReason(SuppressionReason reason) {
        this.reason = reason;
    }
}
