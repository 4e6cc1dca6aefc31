package fr.levier.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Query results of the funding repositories (package-private records, constructor expressions). */
final class Rows {

    private Rows() {}

    /** Allocated money and cash kept pro rata of the allocations, per partner type and kind (the portfolio). */
    record TypeKindMoney(
            fr.levier.partner.PartnerType type, CommitmentKind kind, BigDecimal allocated, BigDecimal cashed) {}

    /** The claim totals of one commitment (see {@link MoneyTotals}). */
    record ClaimTotals(BigDecimal claimed, BigDecimal cashed, BigDecimal openClaims) {}

    /**
     * One allocation of a project's financing plan with all the plan shows and its rules read, from one
     * query: its commitment and money sums, the partner's name, type and public-money override, the
     * programme's lapse regime, the commitment's extension terms, and how many live allocations split the
     * commitment (1: the allocation is the whole weight).
     */
    record PlanLine(
            Long allocationId,
            Long commitmentId,
            Long partnerId,
            String partnerName,
            fr.levier.partner.PartnerType partnerType,
            Boolean partnerPublicMoney,
            String title,
            CommitmentKind kind,
            Long programmeId,
            String programmeCode,
            Boolean programmeStateRules,
            Integer programmeStartYears,
            Integer programmeCompletionYears,
            Integer programmeExtensionYears,
            CommitmentStatus status,
            BigDecimal allocated,
            BigDecimal requested,
            BigDecimal awarded,
            BigDecimal claimed,
            BigDecimal cashed,
            LocalDate submittedOn,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            boolean extensionGranted,
            LocalDate ownDeadline,
            BigDecimal counterpartValue,
            LocalDate startAllowedFrom,
            LocalDate startExtendedTo,
            LocalDate completionExtendedTo,
            long allocations) {

        LapseRow lapseRow() {
            return new LapseRow(
                    commitmentId,
                    status,
                    programmeId,
                    submittedOn,
                    notifiedOn,
                    worksStartedOn,
                    completionDeclaredOn,
                    extensionGranted,
                    ownDeadline);
        }

        /** @return the lapse clock's facts, all read by the plan query (no terms or programme lookup) */
        LapseClock.Input lapseInput() {
            return LapseFacts.input(
                    lapseRow(),
                    startAllowedFrom,
                    startExtendedTo,
                    completionExtendedTo,
                    programmeId == null ? null : programmeCode,
                    Boolean.TRUE.equals(programmeStateRules),
                    programmeId == null
                            ? LapseClock.Rules.NONE
                            : new LapseClock.Rules(
                                    programmeStartYears, programmeCompletionYears, programmeExtensionYears));
        }

        /** @return whether the partner's money counts as public (its override, else its type's default) */
        boolean publicMoney() {
            return fr.levier.partner.PartnerSummary.countsAsPublicMoney(partnerType, partnerPublicMoney);
        }
    }

    /** One open commitment whose lapse clock runs. */
    record ClockRow(
            Long commitmentId,
            String title,
            Long partnerId,
            Long programmeId,
            CommitmentStatus status,
            BigDecimal awarded,
            LocalDate submittedOn,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            boolean extensionGranted,
            LocalDate ownDeadline) {

        LapseRow lapseRow() {
            return new LapseRow(
                    commitmentId,
                    status,
                    programmeId,
                    submittedOn,
                    notifiedOn,
                    worksStartedOn,
                    completionDeclaredOn,
                    extensionGranted,
                    ownDeadline);
        }
    }

    /**
     * What the lapse clock reads of a commitment, taken from the rows a screen already queried (so no
     * entity is loaded to compute a deadline).
     */
    record LapseRow(
            Long commitmentId,
            CommitmentStatus status,
            Long programmeId,
            LocalDate submittedOn,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            boolean extensionGranted,
            LocalDate ownDeadline) {}

    /** One allocation's amount, the weight of its project in the split of its commitment's figures. */
    record Weight(Long commitmentId, Long allocationId, BigDecimal amount) {}

    /** Sum of claims of one type. */
    record ClaimTypeSum(ClaimType type, BigDecimal total) {}

    /** One commitment of a partner, with what is allocated, claimed and cashed. */
    record PartnerCommitmentRow(
            Long commitmentId,
            String title,
            CommitmentKind kind,
            CommitmentStatus status,
            BigDecimal requested,
            BigDecimal awarded,
            BigDecimal claimed,
            BigDecimal cashed) {}

    /** A commitment and one project it funds. */
    record Pair(Long commitmentId, Long projectId) {}
}
