package fr.levier.reporting;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sending of a scheduled report, successful or not. */
@Entity
@Table(name = "report_run")
class ReportRun extends AbstractEntity {

    @Column(name = "schedule_id", nullable = false)
    private Long scheduleId;

    @Column(name = "ran_at", nullable = false)
    private Instant ranAt;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(nullable = false)
    private int recipients;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Column(length = 1000)
    private String detail;

    protected ReportRun() {}

    ReportRun(Long scheduleId, Instant ranAt, boolean sent, int recipients, String fileName, Long size, String detail) {
        this.scheduleId = scheduleId;
        this.ranAt = ranAt;
        this.status = sent ? "SENT" : "FAILED";
        this.recipients = recipients;
        this.fileName = fileName;
        this.sizeBytes = size;
        this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 1000));
    }

    RunSummary toSummary(ReportName report) {
        return new RunSummary(
                getId(), scheduleId, report, ranAt, "SENT".equals(status), recipients, fileName, sizeBytes, detail);
    }

    Long getScheduleId() {
        return scheduleId;
    }
}
