package fr.levier.reporting;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Which report goes to which finance addresses, how often. */
@Entity
@Table(name = "report_schedule")
class ReportSchedule extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private ReportName report;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "export_format", nullable = false, length = 10)
    private ReportFormat format;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private ScheduleFrequency frequency;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SchedulePeriod period;

    @Column(nullable = false, length = 1000)
    private String recipients;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "last_run_on")
    private LocalDate lastRunOn;

    protected ReportSchedule() {}

    ReportSchedule(ScheduleInput in) {
        apply(in);
    }

    void apply(ScheduleInput in) {
        report = in.report();
        format = in.format();
        frequency = in.frequency();
        period = in.period();
        recipients = String.join(", ", in.recipientList());
        enabled = in.enabled();
    }

    List<String> recipientList() {
        return Arrays.stream(recipients.split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    ScheduleSummary toSummary() {
        return new ScheduleSummary(
                getId(), getVersion(), report, format, frequency, period, recipientList(), enabled, lastRunOn);
    }
}
