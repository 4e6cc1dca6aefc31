package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A money movement that corrects or returns cash, recorded as its own dated line and never deleted: the
 * reversal of a payment entered wrongly (with its reason) or a repayment to the funder. Audited.
 */
@Entity
@Table(name = "money_line")
@Audited
class MoneyLine extends AbstractEntity {

    /** What the line is. */
    enum Kind {
        /** A payment recorded by mistake, cancelled (the claim goes back to "sent"). */
        REVERSAL,
        /** Money paid back to the funder (final grant below what was received). */
        REPAYMENT
    }

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "claim_id")
    private Long claimId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(length = 1000)
    private String reason;

    protected MoneyLine() {}

    MoneyLine(Long commitmentId, Long claimId, Kind kind, BigDecimal amount, LocalDate occurredOn, String reason) {
        this.commitmentId = commitmentId;
        this.claimId = claimId;
        this.kind = kind;
        this.amount = amount;
        this.occurredOn = occurredOn;
        this.reason = reason;
    }

    MoneyLineSummary toSummary() {
        return new MoneyLineSummary(
                getId(),
                commitmentId,
                claimId,
                kind.name(),
                amount,
                occurredOn,
                reason,
                getCreatedBy(),
                getCreatedAt());
    }
}
