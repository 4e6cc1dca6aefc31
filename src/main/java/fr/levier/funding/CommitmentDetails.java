package fr.levier.funding;

import fr.levier.project.DossierDates;
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

    /** @return an empty builder: name each value instead of passing 23 in order */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these values, to change some of them */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .version(version)
                .partnerId(partnerId)
                .partnerName(partnerName)
                .programmeId(programmeId)
                .programmeCode(programmeCode)
                .title(title)
                .kind(kind)
                .status(status)
                .amountRequested(amountRequested)
                .amountAwarded(amountAwarded)
                .counterpartValue(counterpartValue)
                .counterpartDescription(counterpartDescription)
                .dates(dates)
                .extensionGranted(extensionGranted)
                .ownDeadline(ownDeadline)
                .notes(notes)
                .allocated(allocated)
                .allocationBase(allocationBase)
                .deadline(deadline)
                .mecenat(mecenat)
                .updatedBy(updatedBy)
                .updatedAt(updatedAt);
    }

    /** Builds a {@link CommitmentDetails} value by value. */
    public static final class Builder {
        private Long id;
        private long version;
        private Long partnerId;
        private String partnerName;
        private Long programmeId;
        private String programmeCode;
        private String title;
        private CommitmentKind kind;
        private CommitmentStatus status;
        private BigDecimal amountRequested;
        private BigDecimal amountAwarded;
        private BigDecimal counterpartValue;
        private String counterpartDescription;
        private DossierDates dates;
        private boolean extensionGranted;
        private LocalDate ownDeadline;
        private String notes;
        private BigDecimal allocated;
        private BigDecimal allocationBase;
        private LapseClock.Deadline deadline;
        private MecenatCheck.Result mecenat;
        private String updatedBy;
        private Instant updatedAt;

        private Builder() {}

        public Builder id(Long id) {
            this.id = id;
            return this;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder partnerId(Long partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder partnerName(String partnerName) {
            this.partnerName = partnerName;
            return this;
        }

        public Builder programmeId(Long programmeId) {
            this.programmeId = programmeId;
            return this;
        }

        public Builder programmeCode(String programmeCode) {
            this.programmeCode = programmeCode;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder kind(CommitmentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder status(CommitmentStatus status) {
            this.status = status;
            return this;
        }

        public Builder amountRequested(BigDecimal amountRequested) {
            this.amountRequested = amountRequested;
            return this;
        }

        public Builder amountAwarded(BigDecimal amountAwarded) {
            this.amountAwarded = amountAwarded;
            return this;
        }

        public Builder counterpartValue(BigDecimal counterpartValue) {
            this.counterpartValue = counterpartValue;
            return this;
        }

        public Builder counterpartDescription(String counterpartDescription) {
            this.counterpartDescription = counterpartDescription;
            return this;
        }

        public Builder dates(DossierDates dates) {
            this.dates = dates;
            return this;
        }

        public Builder extensionGranted(boolean extensionGranted) {
            this.extensionGranted = extensionGranted;
            return this;
        }

        public Builder ownDeadline(LocalDate ownDeadline) {
            this.ownDeadline = ownDeadline;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder allocated(BigDecimal allocated) {
            this.allocated = allocated;
            return this;
        }

        public Builder allocationBase(BigDecimal allocationBase) {
            this.allocationBase = allocationBase;
            return this;
        }

        public Builder deadline(LapseClock.Deadline deadline) {
            this.deadline = deadline;
            return this;
        }

        public Builder mecenat(MecenatCheck.Result mecenat) {
            this.mecenat = mecenat;
            return this;
        }

        public Builder updatedBy(String updatedBy) {
            this.updatedBy = updatedBy;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public CommitmentDetails build() {
            return new CommitmentDetails(
                    id,
                    version,
                    partnerId,
                    partnerName,
                    programmeId,
                    programmeCode,
                    title,
                    kind,
                    status,
                    amountRequested,
                    amountAwarded,
                    counterpartValue,
                    counterpartDescription,
                    dates,
                    extensionGranted,
                    ownDeadline,
                    notes,
                    allocated,
                    allocationBase,
                    deadline,
                    mecenat,
                    updatedBy,
                    updatedAt);
        }
    }
}
