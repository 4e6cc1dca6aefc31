package fr.levier.reporting;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Scheduled reports (administrators choose which report goes to which finance addresses, weekly or
 * monthly), the log of their runs, and the city's reporting settings.
 */
@Service
@Validated
public class ScheduledReports {

    private final ReportScheduleRepository schedules;
    private final ReportRunRepository runs;
    private final ReportSettingsRepository settings;
    private final ReportSender sender;
    private final ReportCells cells;
    private final Clock clock;

    ScheduledReports(
            ReportScheduleRepository schedules,
            ReportRunRepository runs,
            ReportSettingsRepository settings,
            ReportSender sender,
            ReportCells cells,
            Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.settings = settings;
        this.sender = sender;
        this.cells = cells;
        this.clock = clock;
    }

    /** @return every schedule */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<ScheduleSummary> schedules() {
        return schedules.findAllByOrderById().stream()
                .map(ReportSchedule::toSummary)
                .toList();
    }

    /** Creates a schedule. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ScheduleSummary create(@Valid ScheduleInput input) {
        check(input);
        return schedules.saveAndFlush(new ReportSchedule(input)).toSummary();
    }

    /** Changes a schedule; 409 when someone else saved it since {@code version}. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ScheduleSummary update(long id, long version, @Valid ScheduleInput input) {
        check(input);
        ReportSchedule s = load(id);
        s.requireVersion(version);
        s.apply(input);
        return schedules.saveAndFlush(s).toSummary();
    }

    /** Deletes a schedule and its run log. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void delete(long id) {
        schedules.delete(load(id));
    }

    /** @return the last runs, newest first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<RunSummary> lastRuns(int limit) {
        Map<Long, ReportName> names = schedules.findAll().stream()
                .collect(Collectors.toMap(
                        ReportSchedule::getId, s -> s.toSummary().report()));
        return runs.findByOrderByRanAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(r -> r.toSummary(names.get(r.getScheduleId())))
                .toList();
    }

    /** Sends a schedule's report now (whatever its frequency) and logs the run. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public RunSummary sendNow(long id) {
        ReportSchedule s = schedules.findById(id).orElseThrow(() -> new NotFoundException("Schedule " + id));
        return sender.send(s.toSummary(), java.time.LocalDate.now(clock));
    }

    /** @return whether viewers may read report lines, exports and the reports API */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public boolean viewersAllowed() {
        return settings.findById(ReportSettings.ID)
                .map(ReportSettings::isViewersAllowed)
                .orElse(true);
    }

    /** Lets viewers read report lines or restricts them to finance, officers and administrators. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setViewersAllowed(boolean allowed) {
        ReportSettings s = settings.findById(ReportSettings.ID).orElseThrow();
        s.setViewersAllowed(
                allowed, SecurityContextHolder.getContext().getAuthentication().getName(), clock.instant());
    }

    private void check(ScheduleInput in) {
        List<String> bad = in.recipientList().stream().filter(a -> !isEmail(a)).toList();
        if (in.recipientList().isEmpty() || !bad.isEmpty()) {
            throw new BusinessRuleException(
                    "recipients", cells.t("report.schedule.error.recipients", Locale.FRENCH, String.join(", ", bad)));
        }
    }

    static boolean isEmail(String address) {
        try {
            new jakarta.mail.internet.InternetAddress(address, true).validate();
            return address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
        } catch (jakarta.mail.internet.AddressException e) {
            return false;
        }
    }

    private ReportSchedule load(long id) {
        return schedules.findById(id).orElseThrow(() -> new NotFoundException("Schedule " + id));
    }
}
