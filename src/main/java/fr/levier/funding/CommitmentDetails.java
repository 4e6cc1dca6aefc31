package fr.levier.funding;

import fr.levier.shared.DossierDates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One commitment with everything derived from it.
 *
 * @param id                     database id
 * @param version                optimistic-locking version
 * @param partnerId              the partner
 * @param partnerName            its name
 * @param programmeId            the programme, may be {@code null}
 * @param programmeCode          its code, may be {@code null}
 * @param title                  description
 * @param kind                   kind
 * @param status                 lifecycle status
 * @param amountRequested        requested
 * @param amountAwarded          awarded, {@code null} before the decision
 * @param counterpartValue       value of counterparts
 * @param counterpartDescription what the counterparts are
 * @param dates                  dossier dates
 * @param extensionGranted       extension granted
 * @param ownDeadline            funder's own deadline
 * @param notes                  notes
 * @param allocated              sum of allocations
 * @param allocationBase         ceiling of allocations (award, or request before award)
 * @param deadline               next lapse deadline, {@code null} when none runs
 * @param mecenat                the counterpart check (for mécénat and parrainage), {@code null} otherwise
 * @param mecenatMessage         the check's verdict in the user's language (warning when parrainage), {@code null} when no check
 * @param updatedBy              who last changed it
 * @param updatedAt              when
 */
public record CommitmentDetails(
        Long id,
        long version,
        Long partnerId,
        String partnerName,
        Long programmeId,
        String programmeCode,
        String title,
        CommitmentKind kind,
        CommitmentStatus status,
        BigDecimal amountRequested,
        BigDecimal amountAwarded,
        BigDecimal counterpartValue,
        String counterpartDescription,
        DossierDates dates,
        boolean extensionGranted,
        LocalDate ownDeadline,
        String notes,
        BigDecimal allocated,
        BigDecimal allocationBase,
        LapseClock.Deadline deadline,
        MecenatCheck.Result mecenat,
        String mecenatMessage,
        String updatedBy,
        Instant updatedAt) {

    /** @return the same values as an input, to edit */
    public CommitmentInput toInput() {
        return CommitmentInput.builder()
                .partnerId(partnerId)
                .programmeId(programmeId)
                .title(title)
                .kind(kind)
                .amountRequested(amountRequested)
                .amountAwarded(amountAwarded)
                .counterpartValue(counterpartValue)
                .counterpartDescription(counterpartDescription)
                .dates(dates)
                .extensionGranted(extensionGranted)
                .ownDeadline(ownDeadline)
                .notes(notes)
                .build();
    }

    /** @return what may still be allocated */
    public BigDecimal remainder() {
        return allocationBase.subtract(allocated);
    }

    /**
     * What a commitment's details show beyond what it stores.
     *
     * @param partnerName    the partner's name
     * @param programmeCode  the programme's code, {@code null} for none
     * @param allocated      sum of its allocations
     * @param deadline       next lapse deadline, {@code null} when none runs
     * @param mecenat        the counterpart check, {@code null} unless mécénat or sponsorship
     * @param mecenatMessage the check's verdict in the user's language, {@code null} without check
     */
    record Derived(
            String partnerName,
            String programmeCode,
            BigDecimal allocated,
            LapseClock.Deadline deadline,
            MecenatCheck.Result mecenat,
            String mecenatMessage) {}

    /** @return the details of a stored commitment with what is derived from it */
    static CommitmentDetails of(Commitment c, Derived d) {
        return new CommitmentDetails(
                c.getId(),
                c.getVersion(),
                c.getPartnerId(),
                d.partnerName(),
                c.getProgrammeId(),
                d.programmeCode(),
                c.getTitle(),
                c.getKind(),
                c.getStatus(),
                c.getAmountRequested(),
                c.getAmountAwarded(),
                c.getCounterpartValue(),
                c.getCounterpartDescription(),
                c.dates(),
                c.isExtensionGranted(),
                c.getOwnDeadline(),
                c.getNotes(),
                d.allocated().setScale(2),
                c.allocationBase(),
                d.deadline(),
                d.mecenat(),
                d.mecenatMessage(),
                c.getUpdatedBy(),
                c.getUpdatedAt());
    }
}
