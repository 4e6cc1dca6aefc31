package fr.levier.dashboard;

import java.math.BigDecimal;

/**
 * One status of the commitment pipeline.
 *
 * @param status the commitment status name ({@code REQUESTED}, {@code AWARDED}…)
 * @param count  commitments in it
 * @param amount their amounts: awarded when set, requested otherwise
 */
public record PipelineStep(String status, long count, BigDecimal amount) {}
