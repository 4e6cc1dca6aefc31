package fr.levier.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** The terms of an award that drive its lapse clock, its claims and its final payment. One per commitment. Audited. */
@Entity
@Table(name = "commitment_terms")
@EntityListeners(AuditingEntityListener.class)
@Audited
class CommitmentTerms {

    @Id
    @Column(name = "commitment_id")
    private Long commitmentId;

    @Version
    private long version;

    @LastModifiedDate
    @NotAudited
    @Column(name = "updated_at")
    private Instant updatedAt;

    @LastModifiedBy
    @NotAudited
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "start_extended_to")
    private LocalDate startExtendedTo;

    @Column(name = "completion_extended_to")
    private LocalDate completionExtendedTo;

    @Column(name = "start_allowed_from")
    private LocalDate startAllowedFrom;

    @Column(name = "advance_pct", precision = 5, scale = 2)
    private BigDecimal advancePct;

    @Column(name = "advance_guarantee", nullable = false)
    private boolean advanceGuarantee;

    @Column(name = "operation_months")
    private Integer operationMonths;

    @Column(name = "subsidised_expense", precision = 15, scale = 2)
    private BigDecimal subsidisedExpense;

    @Column(name = "actual_eligible_expense", precision = 15, scale = 2)
    private BigDecimal actualEligibleExpense;

    @Column(name = "actual_recorded_on")
    private LocalDate actualRecordedOn;

    protected CommitmentTerms() {}

    CommitmentTerms(Long commitmentId) {
        this.commitmentId = commitmentId;
    }

    void apply(TermsInput in) {
        startExtendedTo = in.startExtendedTo();
        completionExtendedTo = in.completionExtendedTo();
        startAllowedFrom = in.startAllowedFrom();
        advancePct = in.advancePct();
        advanceGuarantee = Boolean.TRUE.equals(in.advanceGuarantee());
        operationMonths = in.operationMonths();
        subsidisedExpense = in.subsidisedExpense();
        actualEligibleExpense = in.actualEligibleExpense();
        actualRecordedOn = in.actualRecordedOn();
    }

    long getVersion() {
        return version;
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    LocalDate getStartExtendedTo() {
        return startExtendedTo;
    }

    LocalDate getCompletionExtendedTo() {
        return completionExtendedTo;
    }

    LocalDate getStartAllowedFrom() {
        return startAllowedFrom;
    }

    BigDecimal getAdvancePct() {
        return advancePct;
    }

    boolean isAdvanceGuarantee() {
        return advanceGuarantee;
    }

    Integer getOperationMonths() {
        return operationMonths;
    }

    BigDecimal getSubsidisedExpense() {
        return subsidisedExpense;
    }

    BigDecimal getActualEligibleExpense() {
        return actualEligibleExpense;
    }

    LocalDate getActualRecordedOn() {
        return actualRecordedOn;
    }

    TermsInput toInput() {
        return new TermsInput(
                startExtendedTo,
                completionExtendedTo,
                startAllowedFrom,
                advancePct,
                advanceGuarantee,
                operationMonths,
                subsidisedExpense,
                actualEligibleExpense,
                actualRecordedOn);
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
