package fr.levier.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A scheduled report.
 *
 * @param id         its id
 * @param version    for optimistic locking
 * @param report     the report
 * @param format     attachment format
 * @param frequency  weekly or monthly
 * @param period     period covered
 * @param recipients the addresses
 * @param enabled    sent or paused
 * @param lastRunOn  last day it was sent, may be {@code null}
 */
public record ScheduleSummary(
        Long id,
        long version,
        ReportName report,
        ReportFormat format,
        ScheduleFrequency frequency,
        SchedulePeriod period,
        List<String> recipients,
        boolean enabled,
        LocalDate lastRunOn) {

    /** @return the same values, to edit */
    public ScheduleInput toInput() {
        return new ScheduleInput(report, format, frequency, period, String.join(", ", recipients), enabled);
    }
}
