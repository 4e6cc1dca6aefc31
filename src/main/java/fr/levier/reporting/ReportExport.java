package fr.levier.reporting;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** An export built in the background for its owner, kept until it expires (the file is on disk). */
@Entity
@Table(name = "report_export")
class ReportExport extends AbstractEntity {

    @Column(name = "owner_username", nullable = false, length = 100)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ReportName report;

    @Enumerated(EnumType.STRING)
    @Column(name = "export_format", nullable = false, length = 10)
    private ReportFormat format;

    @Column(length = 1000)
    private String filters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExportStatus status;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "rows_total")
    private Long rowsTotal;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(length = 1000)
    private String error;

    protected ReportExport() {}

    ReportExport(
            String owner, ReportName report, ReportFormat format, String filters, String fileName, Instant expiresAt) {
        this.owner = owner;
        this.report = report;
        this.format = format;
        this.filters = filters == null ? null : filters.substring(0, Math.min(filters.length(), 1000));
        this.status = ExportStatus.RUNNING;
        this.fileName = fileName;
        this.expiresAt = expiresAt;
    }

    String getOwner() {
        return owner;
    }

    ReportFormat getFormat() {
        return format;
    }

    String getFileName() {
        return fileName;
    }

    ExportStatus getStatus() {
        return status;
    }

    ExportSummary toSummary() {
        return new ExportSummary(
                getId(),
                report,
                format,
                filters,
                status,
                rowsDone,
                rowsTotal,
                fileName,
                sizeBytes,
                getCreatedAt(),
                finishedAt,
                expiresAt,
                status == ExportStatus.FAILED ? error : null);
    }
}
