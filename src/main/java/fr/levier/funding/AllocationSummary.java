package fr.levier.funding;

import java.math.BigDecimal;

/**
 * One allocation of a commitment to a project.
 *
 * @param id           database id
 * @param version      optimistic-locking version
 * @param commitmentId the commitment
 * @param projectId    the project
 * @param projectCode  the project's code
 * @param projectName  the project's name
 * @param amount       the part
 */
public record AllocationSummary(
        Long id,
        long version,
        Long commitmentId,
        Long projectId,
        String projectCode,
        String projectName,
        BigDecimal amount) {}
