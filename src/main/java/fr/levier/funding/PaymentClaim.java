package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A payment claim (demande de versement) on a commitment, and what was cashed. Audited. */
@Entity
@Table(name = "payment_claim")
@Audited
class PaymentClaim extends AbstractEntity {

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ClaimType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ClaimStatus status = ClaimStatus.DRAFT;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Convert(converter = SupportingDocumentsConverter.class)
    @Column(name = "supporting_documents", length = 500)
    private Set<SupportingDocument> supportingDocuments = EnumSet.noneOf(SupportingDocument.class);

    @Column(name = "cashed_amount", precision = 15, scale = 2)
    private BigDecimal cashedAmount;

    @Column(name = "cashed_on")
    private LocalDate cashedOn;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    @Column(name = "receipt_id")
    private Long receiptId;

    protected PaymentClaim() {}

    PaymentClaim(Long commitmentId) {
        this.commitmentId = commitmentId;
    }

    void apply(ClaimInput in) {
        type = in.type();
        amount = in.amount();
        sentOn = in.sentOn();
        status = in.status();
        supportingDocuments =
                in.supportingDocuments() == null || in.supportingDocuments().isEmpty()
                        ? EnumSet.noneOf(SupportingDocument.class)
                        : EnumSet.copyOf(in.supportingDocuments());
    }

    void recordPayment(BigDecimal cashed, LocalDate on) {
        cashedAmount = cashed;
        cashedOn = on;
        status = ClaimStatus.PAID;
    }

    /** Undoes a payment recorded by mistake: the claim is sent again, the reversal line keeps the trace. */
    void reversePayment() {
        cashedAmount = null;
        cashedOn = null;
        status = ClaimStatus.SENT;
    }

    void cancel(String reason) {
        cancelReason = reason;
        status = ClaimStatus.CANCELLED;
    }

    BigDecimal getAmount() {
        return amount;
    }

    BigDecimal getCashedAmount() {
        return cashedAmount;
    }

    LocalDate getCashedOn() {
        return cashedOn;
    }

    LocalDate getSentOn() {
        return sentOn;
    }

    Long getReceiptId() {
        return receiptId;
    }

    void setReceiptId(Long receiptId) {
        this.receiptId = receiptId;
    }

    ClaimSummary toSummary() {
        return new ClaimSummary(
                getId(),
                getVersion(),
                commitmentId,
                type,
                status,
                amount,
                sentOn,
                Set.copyOf(supportingDocuments),
                cashedAmount,
                cashedOn,
                cancelReason,
                receiptId,
                getUpdatedBy(),
                getUpdatedAt());
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    ClaimType getType() {
        return type;
    }

    ClaimStatus getStatus() {
        return status;
    }
}
