package fr.levier.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters for a payment claim (cashing is recorded separately by finance).
 *
 * @param type                avance, acompte or solde
 * @param amount              amount claimed
 * @param sentOn              date sent, {@code null} while a draft
 * @param status              draft, sent or rejected ({@code PAID} only through payment recording)
 * @param supportingDocuments checklist items provided
 */
public record ClaimInput(
        @NotNull ClaimType type,

        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2)
        BigDecimal amount,

        LocalDate sentOn,
        @NotNull ClaimStatus status,
        Set<SupportingDocument> supportingDocuments) {}
