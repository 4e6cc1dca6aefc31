package fr.levier.funding;

import fr.levier.project.DossierDates;
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
        DossierDates dates,
        Boolean extensionGranted,
        LocalDate ownDeadline,
        @Size(max = 4000) String notes) {}
