package fr.levier.reporting;

import java.time.Instant;

/**
 * A run of a scheduled report.
 *
 * @param id         the run
 * @param scheduleId its schedule
 * @param report     the report sent
 * @param ranAt      when
 * @param sent       sent, or failed
 * @param recipients number of addresses
 * @param fileName   the attachment
 * @param sizeBytes  its size
 * @param detail     the error when it failed
 */
public record RunSummary(
        Long id,
        Long scheduleId,
        ReportName report,
        Instant ranAt,
        boolean sent,
        int recipients,
        String fileName,
        Long sizeBytes,
        String detail) {}
