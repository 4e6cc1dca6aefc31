package fr.levier.dashboard;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A learning figure to record.
 *
 * @param indicator  which learning indicator (training sessions, MOOC participants, people trained)
 * @param recordedOn when it happened (not in the future)
 * @param amount     how many (0 or more, whole or with 2 decimals)
 * @param note       what it was, optional
 */
public record LearningInput(
        @NotNull IndicatorKey indicator,
        @NotNull @PastOrPresent LocalDate recordedOn,

        @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
        BigDecimal amount,

        @Size(max = 500) String note) {}
