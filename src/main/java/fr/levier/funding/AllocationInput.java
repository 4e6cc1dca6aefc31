package fr.levier.funding;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * Assigns part of a commitment to a project.
 *
 * @param commitmentId the commitment
 * @param projectId    the project
 * @param amount       the part, in euros
 */
public record AllocationInput(
        @NotNull Long commitmentId,
        @NotNull Long projectId,

        @NotNull @DecimalMin(value = "0.00", inclusive = false) @Digits(integer = 13, fraction = 2)
        BigDecimal amount) {}
