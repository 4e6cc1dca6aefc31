package fr.levier.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What finance records when a claim is paid.
 *
 * @param cashedAmount amount received
 * @param cashedOn     date received
 */
public record PaymentInput(
        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2)
        BigDecimal cashedAmount,

        @NotNull LocalDate cashedOn) {}
