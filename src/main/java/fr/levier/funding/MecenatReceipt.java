package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A mécénat receipt (CGI art. 238 bis) for money or goods actually received. Never deleted: cancelled with a reason. Audited. */
@Entity
@Table(name = "mecenat_receipt")
@Audited
class MecenatReceipt extends AbstractEntity {

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "receipt_year", nullable = false)
    private int year;

    @Column(name = "receipt_number", nullable = false)
    private int number;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "received_from", nullable = false)
    private LocalDate receivedFrom;

    @Column(name = "received_to", nullable = false)
    private LocalDate receivedTo;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ReceiptSummary.Nature nature;

    @Column(name = "in_kind_description", length = 1000)
    private String inKindDescription;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    protected MecenatReceipt() {}

    MecenatReceipt(
            Long commitmentId,
            int year,
            int number,
            BigDecimal amount,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            ReceiptSummary.Nature nature,
            String inKindDescription,
            LocalDate issuedOn) {
        this.commitmentId = commitmentId;
        this.year = year;
        this.number = number;
        this.amount = amount;
        this.receivedFrom = receivedFrom;
        this.receivedTo = receivedTo;
        this.nature = nature;
        this.inKindDescription = inKindDescription;
        this.issuedOn = issuedOn;
    }

    void cancel(LocalDate on, String reason) {
        cancelledOn = on;
        cancelReason = reason;
    }

    boolean isCancelled() {
        return cancelledOn != null;
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    /** @return the receipt's order number, e.g. {@code 2026-00007} */
    String reference() {
        return year + "-" + String.format(Locale.ROOT, "%05d", number);
    }

    ReceiptSummary toSummary() {
        return new ReceiptSummary(
                getId(),
                getVersion(),
                commitmentId,
                reference(),
                year,
                number,
                amount,
                AmountInWords.french(amount),
                receivedFrom,
                receivedTo,
                nature,
                inKindDescription,
                issuedOn,
                cancelledOn,
                cancelReason);
    }
}
