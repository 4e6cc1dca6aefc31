package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

/** The part of a commitment assigned to one project. Audited. */
@Entity
@Table(name = "allocation")
@Audited
@SQLRestriction("cancelled_on is null")
class Allocation extends AbstractEntity {

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "cancelled_on")
    private LocalDate cancelledOn;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    /** Cancels the allocation, kept with its reason (financial records are never deleted). */
    void cancel(LocalDate on, String reason) {
        cancelledOn = on;
        cancelReason = reason;
    }

    protected Allocation() {}

    Allocation(Long commitmentId, Long projectId, BigDecimal amount) {
        this.commitmentId = commitmentId;
        this.projectId = projectId;
        this.amount = amount;
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    Long getProjectId() {
        return projectId;
    }

    BigDecimal getAmount() {
        return amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
