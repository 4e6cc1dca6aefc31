package fr.levier.reporting;

import java.time.Instant;

/**
 * One of my exports, as listed in "Mes exports".
 *
 * @param id         its id (for the download)
 * @param report     the report
 * @param format     XLSX, PDF or CSV
 * @param filters    the filters in words, as printed in the file
 * @param status     running, ready or failed
 * @param rowsDone   lines written so far
 * @param rowsTotal  lines to write, when known
 * @param fileName   the name the file downloads as
 * @param sizeBytes  its size once ready
 * @param createdAt  when it was asked for
 * @param finishedAt when it was ready (or failed)
 * @param expiresAt  when it is deleted
 * @param error      why it failed
 */
public record ExportSummary(
        Long id,
        ReportName report,
        ReportFormat format,
        String filters,
        ExportStatus status,
        long rowsDone,
        Long rowsTotal,
        String fileName,
        Long sizeBytes,
        Instant createdAt,
        Instant finishedAt,
        Instant expiresAt,
        String error) {

    /** @return the share done, 0 to 1 */
    public double progress() {
        if (status != ExportStatus.RUNNING) {
            return 1;
        }
        return rowsTotal == null || rowsTotal == 0 ? 0 : Math.min(1, (double) rowsDone / rowsTotal);
    }
}
