package fr.levier.reporting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * What an administrator enters for a scheduled report.
 *
 * @param report     the report
 * @param format     attachment format
 * @param frequency  weekly or monthly
 * @param period     the period covered
 * @param recipients e-mail addresses separated by commas, semicolons or spaces
 * @param enabled    whether it is sent
 */
public record ScheduleInput(
        @NotNull ReportName report,
        @NotNull ReportFormat format,
        @NotNull ScheduleFrequency frequency,
        @NotNull SchedulePeriod period,
        @NotBlank @Size(max = 1000) String recipients,
        boolean enabled) {

    /** @return the addresses, one by one */
    public List<String> recipientList() {
        return recipients == null
                ? List.of()
                : Arrays.stream(recipients.split("[,;\\s]+"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
