package fr.levier.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money paid back to a funder, or the reason of a correction.
 *
 * @param amount amount repaid
 * @param paidOn date paid back
 * @param reason why (the funder's title de recette, the final grant below what was received…)
 */
public record RepaymentInput(
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2)
        BigDecimal amount,

        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 1000) String reason) {}
