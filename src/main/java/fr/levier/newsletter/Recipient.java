package fr.levier.newsletter;

import fr.levier.partner.Civility;
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

/**
 * One row of the transactional outbox: one recipient of one campaign, with what the message needs
 * (address and merge-field values as they were at the send decision). Written once, then moved along by
 * conditional updates of the dispatcher (see {@link Outbox}), never by the UI.
 */
@Entity
@Table(name = "campaign_recipient")
class Recipient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_recipient_seq")
    @SequenceGenerator(name = "campaign_recipient_seq", sequenceName = "campaign_recipient_seq", allocationSize = 50)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "contact_id", nullable = false)
    private long contactId;

    @Column(nullable = false, length = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Civility civility;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", length = 100)
    private String lastName;

    @Column(name = "partner_name", length = 200)
    private String partnerName;

    @Column(length = 5)
    private String language;

    /** Random id of the unsubscribe link (signed with HMAC in the link). */
    @Column(nullable = false, length = 40)
    private String token;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RecipientStatus status = RecipientStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claim_token", length = 40)
    private String claimToken;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "message_id", length = 200)
    private String messageId;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "possible_duplicate", nullable = false)
    private boolean possibleDuplicate;

    @Column(name = "unsubscribed_at")
    private Instant unsubscribedAt;

    protected Recipient() {}

    Recipient(
            long campaignId,
            long contactId,
            String email,
            Civility civility,
            String firstName,
            String lastName,
            String partnerName,
            String language,
            String token,
            Instant notBefore) {
        this.campaignId = campaignId;
        this.contactId = contactId;
        this.email = email;
        this.civility = civility;
        this.firstName = firstName;
        this.lastName = lastName;
        this.partnerName = partnerName;
        this.language = language;
        this.token = token;
        this.nextAttemptAt = notBefore;
    }

    RecipientRow toRow() {
        return new RecipientRow(
                id,
                contactId,
                email,
                firstName == null ? lastName : firstName + " " + lastName,
                partnerName,
                status,
                attempts,
                sentAt,
                lastError,
                possibleDuplicate,
                unsubscribedAt != null);
    }

    Long getId() {
        return id;
    }

    long getCampaignId() {
        return campaignId;
    }

    long getContactId() {
        return contactId;
    }

    String getEmail() {
        return email;
    }

    Civility getCivility() {
        return civility;
    }

    String getFirstName() {
        return firstName;
    }

    String getLastName() {
        return lastName;
    }

    String getPartnerName() {
        return partnerName;
    }

    String getLanguage() {
        return language;
    }

    String getToken() {
        return token;
    }

    RecipientStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    boolean isPossibleDuplicate() {
        return possibleDuplicate;
    }

    Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    void setUnsubscribedAt(Instant unsubscribedAt) {
        this.unsubscribedAt = unsubscribedAt;
    }
}
