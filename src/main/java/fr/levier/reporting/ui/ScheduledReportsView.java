package fr.levier.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.reporting.ReportFormat;
import fr.levier.reporting.ReportName;
import fr.levier.reporting.RunSummary;
import fr.levier.reporting.ScheduleFrequency;
import fr.levier.reporting.ScheduleInput;
import fr.levier.reporting.SchedulePeriod;
import fr.levier.reporting.ScheduleSummary;
import fr.levier.reporting.ScheduledReports;
import fr.levier.security.Role;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Administrators choose which report goes to which finance addresses, weekly or monthly, and see the
 * last runs with their status. The city's setting "viewers may read reports" is here too.
 */
@Route("report-schedules")
@Menu(title = "nav.reportSchedules", order = 41, icon = "vaadin:envelope-o")
@RolesAllowed(Role.ADMIN_NAME)
public class ScheduledReportsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ScheduledReports service;
    private final Grid<ScheduleSummary> schedules = new Grid<>();
    private final Grid<RunSummary> runs = new Grid<>();
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final TextField recipients = new TextField();
    private ScheduleSummary editing;

    /** The form's bean. */
    public static class Form {
        private ReportName report = ReportName.FUNDING_BY_PROJECT;
        private ReportFormat format = ReportFormat.XLSX;
        private ScheduleFrequency frequency = ScheduleFrequency.MONTHLY;
        private SchedulePeriod period = SchedulePeriod.CURRENT;
        private String recipients = "";
        private boolean enabled = true;

        ScheduleInput toInput() {
            return new ScheduleInput(report, format, frequency, period, recipients, enabled);
        }

        static Form of(ScheduleInput in) {
            Form f = new Form();
            f.report = in.report();
            f.format = in.format();
            f.frequency = in.frequency();
            f.period = in.period();
            f.recipients = in.recipients();
            f.enabled = in.enabled();
            return f;
        }
    }

    public ScheduledReportsView(ScheduledReports service) {
        this.service = service;
        Checkbox viewers = new Checkbox(getTranslation("report.settings.viewersAllowed"), service.viewersAllowed());
        viewers.setId("viewers-allowed");
        viewers.addValueChangeListener(e -> {
            service.setViewersAllowed(e.getValue());
            Notifications.success(getTranslation("report.settings.saved"));
        });

        Select<ReportName> report = select("report.choose", ReportName.values());
        report.setItemLabelGenerator(r -> getTranslation("report." + r.slug() + ".title"));
        Select<ReportFormat> format = select("report.schedule.format", ReportFormat.values());
        Select<ScheduleFrequency> frequency = select("report.schedule.frequency", ScheduleFrequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation("report.schedule.frequency." + f));
        Select<SchedulePeriod> period = select("report.schedule.period", SchedulePeriod.values());
        period.setItemLabelGenerator(p -> getTranslation("report.schedule.period." + p));
        recipients.setLabel(getTranslation("report.schedule.recipients"));
        recipients.setPlaceholder("finances@mairie.fr, tresorerie@mairie.fr");
        recipients.setWidth("28rem");
        recipients.setId("schedule-recipients");
        Checkbox enabled = new Checkbox(getTranslation("report.schedule.enabled"));
        binder.forField(report).asRequired().bind(f -> f.report, (f, v) -> f.report = v);
        binder.forField(format).asRequired().bind(f -> f.format, (f, v) -> f.format = v);
        binder.forField(frequency).asRequired().bind(f -> f.frequency, (f, v) -> f.frequency = v);
        binder.forField(period).asRequired().bind(f -> f.period, (f, v) -> f.period = v);
        binder.forField(recipients).asRequired().bind(f -> f.recipients, (f, v) -> f.recipients = v);
        binder.forField(enabled).bind(f -> f.enabled, (f, v) -> f.enabled = v);
        binder.setBean(new Form());

        Button save = new Button(getTranslation("report.schedule.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("schedule-save");
        Button fresh = new Button(getTranslation("report.schedule.new"), e -> edit(null));
        Button delete = new Button(getTranslation("report.schedule.delete"), e -> {
            if (editing != null) {
                service.delete(editing.id());
                edit(null);
                reload();
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button sendNow = new Button(getTranslation("report.schedule.sendNow"), e -> {
            if (editing != null) {
                RunSummary r = service.sendNow(editing.id());
                if (r.sent()) {
                    Notifications.success(getTranslation("report.schedule.sent", r.recipients()));
                } else {
                    Notifications.error(getTranslation("report.schedule.failed", r.detail()));
                }
                reload();
            }
        });
        sendNow.setId("schedule-send-now");

        HorizontalLayout form = new HorizontalLayout(report, format, frequency, period, recipients, enabled);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        schedules
                .addColumn(s -> getTranslation("report." + s.report().slug() + ".title"))
                .setHeader(getTranslation("report.choose"))
                .setAutoWidth(true);
        schedules.addColumn(s -> s.format().name()).setHeader(getTranslation("report.schedule.format"));
        schedules
                .addColumn(s -> getTranslation("report.schedule.frequency." + s.frequency()))
                .setHeader(getTranslation("report.schedule.frequency"));
        schedules
                .addColumn(s -> getTranslation("report.schedule.period." + s.period()))
                .setHeader(getTranslation("report.schedule.period"));
        schedules
                .addColumn(s -> String.join(", ", s.recipients()))
                .setHeader(getTranslation("report.schedule.recipients"))
                .setFlexGrow(2);
        schedules
                .addColumn(s -> s.enabled() ? getTranslation("report.yes") : "")
                .setHeader(getTranslation("report.schedule.enabled"));
        schedules
                .addColumn(s -> fr.levier.shared.FrenchFormats.date(s.lastRunOn()))
                .setHeader(getTranslation("report.schedule.lastRun"));
        schedules.addThemeVariants(GridVariant.LUMO_COMPACT);
        schedules.setAllRowsVisible(true);
        schedules.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        runs.addColumn(r -> WHEN.format(r.ranAt()))
                .setHeader(getTranslation("report.run.when"))
                .setAutoWidth(true);
        runs.addColumn(r -> r.report() == null
                        ? ""
                        : getTranslation("report." + r.report().slug() + ".title"))
                .setHeader(getTranslation("report.choose"))
                .setAutoWidth(true);
        runs.addColumn(r -> r.sent() ? getTranslation("report.run.sent") : getTranslation("report.run.failed"))
                .setHeader(getTranslation("report.run.status"));
        runs.addColumn(RunSummary::recipients).setHeader(getTranslation("report.schedule.recipients"));
        runs.addColumn(r -> r.fileName() == null ? "" : r.fileName()).setHeader(getTranslation("report.run.file"));
        runs.addColumn(r -> r.detail() == null ? "" : r.detail())
                .setHeader(getTranslation("report.run.detail"))
                .setFlexGrow(2);
        runs.addThemeVariants(GridVariant.LUMO_COMPACT);
        runs.setId("report-runs");
        runs.setAllRowsVisible(true);

        add(
                new H2(getTranslation("nav.reportSchedules")),
                viewers,
                schedules,
                form,
                new HorizontalLayout(save, fresh, delete, sendNow),
                new H3(getTranslation("report.run.title")),
                runs);
        reload();
    }

    private <T> Select<T> select(String label, T[] values) {
        Select<T> s = new Select<>();
        s.setLabel(getTranslation(label));
        s.setItems(values);
        return s;
    }

    private void edit(ScheduleSummary s) {
        editing = s;
        binder.setBean(s == null ? new Form() : Form.of(s.toInput()));
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            ScheduleInput in = binder.getBean().toInput();
            editing = editing == null ? service.create(in) : service.update(editing.id(), editing.version(), in);
            recipients.setInvalid(false);
            Notifications.success(getTranslation("report.schedule.saved"));
            reload();
        } catch (BusinessRuleException ex) {
            recipients.setErrorMessage(ex.getMessage());
            recipients.setInvalid(true);
        }
    }

    private void reload() {
        schedules.setItems(service.schedules());
        runs.setItems(service.lastRuns(20));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reportSchedules");
    }
}
