package fr.levier.funding;

import fr.levier.shared.DossierDates;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a user enters to create or change a commitment (the status changes only through
 * {@link CommitmentService#changeStatus}).
 *
 * @param partnerId              the partner
 * @param programmeId            the funding programme, {@code null} for none (mécénat…)
 * @param title                  short description, e.g. "DSIL 2026 – Halle Jacquemart"
 * @param kind                   grant, mécénat…
 * @param amountRequested        amount requested (or valuation of a gift in kind)
 * @param amountAwarded          amount awarded, {@code null} before the decision
 * @param counterpartValue       value of counterparts given to a sponsor
 * @param counterpartDescription what the counterparts are
 * @param dates                  dossier dates
 * @param extensionGranted       the start-deadline extension was granted
 * @param ownDeadline            a deadline set by the funder
 * @param notes                  free notes
 */
public record CommitmentInput(
        @NotNull Long partnerId,
        Long programmeId,
        @NotBlank @Size(max = 200) String title,
        @NotNull CommitmentKind kind,

        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal amountRequested,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal amountAwarded,

        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
        BigDecimal counterpartValue,

        @Size(max = 1000) String counterpartDescription,
        @jakarta.validation.Valid DossierDates dates,
        Boolean extensionGranted,
        @fr.levier.shared.validation.PlausibleDate LocalDate ownDeadline,
        @Size(max = 4000) String notes) {
    /** @return an empty builder: name each value instead of passing 12 in order */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CommitmentInput} value by value. */
    public static final class Builder {
        private Long partnerId;
        private Long programmeId;
        private String title;
        private CommitmentKind kind;
        private BigDecimal amountRequested;
        private BigDecimal amountAwarded;
        private BigDecimal counterpartValue;
        private String counterpartDescription;
        private DossierDates dates;
        private Boolean extensionGranted;
        private LocalDate ownDeadline;
        private String notes;

        private Builder() {}

        public Builder partnerId(Long partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        public Builder programmeId(Long programmeId) {
            this.programmeId = programmeId;
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

        public Builder extensionGranted(Boolean extensionGranted) {
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

        public CommitmentInput build() {
            return new CommitmentInput(
                    partnerId,
                    programmeId,
                    title,
                    kind,
                    amountRequested,
                    amountAwarded,
                    counterpartValue,
                    counterpartDescription,
                    dates,
                    extensionGranted,
                    ownDeadline,
                    notes);
        }
    }
}
