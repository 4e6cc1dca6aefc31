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
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** Money or kind a partner gives or promises (grant, mécénat…), with its dossier dates. Audited. */
@Entity
@Table(name = "commitment")
@Audited
class Commitment extends AbstractEntity {

    @Column(name = "partner_id", nullable = false)
    private Long partnerId;

    @Column(name = "programme_id")
    private Long programmeId;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private CommitmentStatus status = CommitmentStatus.IDENTIFIED;

    @Column(name = "amount_requested", nullable = false, precision = 15, scale = 2)
    private BigDecimal amountRequested;

    @Column(name = "amount_awarded", precision = 15, scale = 2)
    private BigDecimal amountAwarded;

    @Column(name = "counterpart_value", precision = 15, scale = 2)
    private BigDecimal counterpartValue;

    @Column(name = "counterpart_description", length = 1000)
    private String counterpartDescription;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "complete_on")
    private LocalDate completeOn;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "convention_signed_on")
    private LocalDate conventionSignedOn;

    @Column(name = "works_started_on")
    private LocalDate worksStartedOn;

    @Column(name = "completion_declared_on")
    private LocalDate completionDeclaredOn;

    @Column(name = "extension_granted", nullable = false)
    private boolean extensionGranted;

    @Column(name = "own_deadline")
    private LocalDate ownDeadline;

    @Column(length = 4000)
    private String notes;

    @Column(name = "cancel_reason", length = 1000)
    private String cancelReason;

    // Money totals kept by funding in the transaction of every claim / money-line write (MoneyTotals,
    // ADR 010 §13): derived from audited rows, so not audited themselves and not a reason to bump the version.
    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "claimed_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedTotal = BigDecimal.ZERO.setScale(2);

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "cashed_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal cashedTotal = BigDecimal.ZERO.setScale(2);

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "open_claims_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal openClaimsTotal = BigDecimal.ZERO.setScale(2);

    @NotAudited
    @OptimisticLock(excluded = true)
    @Column(name = "repaid_total", nullable = false, precision = 15, scale = 2)
    private BigDecimal repaidTotal = BigDecimal.ZERO.setScale(2);

    protected Commitment() {}

    Commitment(CommitmentInput in) {
        apply(in);
    }

    void apply(CommitmentInput in) {
        partnerId = in.partnerId();
        programmeId = in.programmeId();
        title = in.title().trim();
        kind = in.kind();
        amountRequested = in.amountRequested();
        amountAwarded = in.amountAwarded();
        counterpartValue = in.counterpartValue();
        counterpartDescription = in.counterpartDescription();
        var d = in.dates() == null ? fr.levier.shared.DossierDates.NONE : in.dates();
        openedOn = d.openedOn();
        submittedOn = d.submittedOn();
        completeOn = d.completeOn();
        decidedOn = d.decidedOn();
        notifiedOn = d.notifiedOn();
        conventionSignedOn = d.conventionSignedOn();
        worksStartedOn = d.worksStartedOn();
        completionDeclaredOn = d.completionDeclaredOn();
        extensionGranted = Boolean.TRUE.equals(in.extensionGranted());
        ownDeadline = in.ownDeadline();
        notes = in.notes();
    }

    fr.levier.shared.DossierDates dates() {
        return new fr.levier.shared.DossierDates(
                openedOn,
                submittedOn,
                completeOn,
                decidedOn,
                notifiedOn,
                conventionSignedOn,
                worksStartedOn,
                completionDeclaredOn);
    }

    Long getPartnerId() {
        return partnerId;
    }

    void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    Long getProgrammeId() {
        return programmeId;
    }

    String getTitle() {
        return title;
    }

    CommitmentKind getKind() {
        return kind;
    }

    CommitmentStatus getStatus() {
        return status;
    }

    void setStatus(CommitmentStatus status) {
        this.status = status;
    }

    BigDecimal getAmountRequested() {
        return amountRequested;
    }

    BigDecimal getAmountAwarded() {
        return amountAwarded;
    }

    BigDecimal getCounterpartValue() {
        return counterpartValue;
    }

    String getCounterpartDescription() {
        return counterpartDescription;
    }

    boolean isExtensionGranted() {
        return extensionGranted;
    }

    LocalDate getOwnDeadline() {
        return ownDeadline;
    }

    String getCancelReason() {
        return cancelReason;
    }

    void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    String getNotes() {
        return notes;
    }

    /** Keeps the money totals (see {@link MoneyTotals}); only funding's writers of claims and money lines call it. */
    void keepTotals(BigDecimal claimed, BigDecimal cashed, BigDecimal openClaims, BigDecimal repaid) {
        claimedTotal = claimed;
        cashedTotal = cashed;
        openClaimsTotal = openClaims;
        repaidTotal = repaid;
    }

    BigDecimal getClaimedTotal() {
        return claimedTotal;
    }

    BigDecimal getCashedTotal() {
        return cashedTotal;
    }

    BigDecimal getOpenClaimsTotal() {
        return openClaimsTotal;
    }

    BigDecimal getRepaidTotal() {
        return repaidTotal;
    }

    /** @return the ceiling of allocations: the award once awarded, the request before */
    BigDecimal allocationBase() {
        return status.isAwarded() && amountAwarded != null ? amountAwarded : amountRequested;
    }
}
