package fr.levier.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.reporting.ExportStatus;
import fr.levier.reporting.ExportSummary;
import fr.levier.reporting.ReportAccess;
import fr.levier.reporting.ReportColumn;
import fr.levier.reporting.ReportExports;
import fr.levier.reporting.ReportFilter;
import fr.levier.reporting.ReportFormat;
import fr.levier.reporting.ReportName;
import fr.levier.reporting.ReportTables;
import fr.levier.shared.ui.FrenchDatePicker;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The funding reports: choose a report and its filters, read it in a lazy grid with its totals in the
 * footer, export it to XLSX, PDF or CSV. Exports are built in the background on the server and kept in
 * "Mes exports" (below the grid) for a day: the page stays usable and the file can be fetched later. The chosen report is in the URL ({@code /reports/receivables-aging}).
 */
@Route("reports/:report?")
@Menu(title = "nav.reports", order = 40, icon = "vaadin:table")
@PermitAll
public class ReportsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportTables tables;
    private final ReportAccess access;
    private final Select<ReportName> report = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final FrenchDatePicker from;
    private final FrenchDatePicker to;
    private final ComboBox<ProjectSummary> project = new ComboBox<>();
    private final ComboBox<PartnerSummary> partner = new ComboBox<>();
    private final Select<PartnerType> funderType = new Select<>();
    private final TextField officer = new TextField();
    private final Span filters = new Span();
    private final HorizontalLayout exports = new HorizontalLayout();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final VerticalLayout gridHolder = new VerticalLayout();
    private Grid<List<String>> grid;
    private final ReportExports reportExports;
    private final MyExportsPanel myExports;
    private Registration polling;

    public ReportsView(
            ReportTables tables,
            ReportAccess access,
            ReportExports reportExports,
            ProjectService projects,
            PartnerService partners) {
        this.tables = tables;
        this.access = access;
        this.reportExports = reportExports;
        this.myExports = new MyExportsPanel(reportExports);
        setSizeFull();
        from = new FrenchDatePicker(getTranslation("report.filter.from"));
        to = new FrenchDatePicker(getTranslation("report.filter.to"));
        report.setLabel(getTranslation("report.choose"));
        report.setItems(ReportName.values());
        report.setItemLabelGenerator(r -> getTranslation("report." + r.slug() + ".title"));
        report.setId("report-choice");
        report.setWidth("18rem");
        int thisYear = LocalDate.now().getYear();
        year.setLabel(getTranslation("report.filter.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1)
                .boxed()
                .sorted(java.util.Comparator.reverseOrder())
                .toList());
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("report.filter.anyYear"));
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                from.setValue(e.getValue() == null ? null : LocalDate.of(e.getValue(), 1, 1));
                to.setValue(e.getValue() == null ? null : LocalDate.of(e.getValue(), 12, 31));
            }
        });
        project.setLabel(getTranslation("report.column.project"));
        project.setItems(q -> projects
                .find(
                        new ProjectFilter(q.getFilter().orElse(null), null, null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        project.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        project.setClearButtonVisible(true);
        partner.setLabel(getTranslation("report.column.partner"));
        partner.setItems(q -> partners
                .find(
                        new PartnerFilter(q.getFilter().orElse(null), null, null),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());
        partner.setItemLabelGenerator(PartnerSummary::name);
        partner.setClearButtonVisible(true);
        funderType.setLabel(getTranslation("report.column.funderType"));
        funderType.setItems(PartnerType.values());
        funderType.setEmptySelectionAllowed(true);
        funderType.setEmptySelectionCaption(getTranslation("report.filter.anyType"));
        funderType.setItemLabelGenerator(t -> t == null ? "" : getTranslation("partnerType." + t.name()));
        officer.setLabel(getTranslation("report.column.officer"));
        officer.setClearButtonVisible(true);
        officer.setId("filter-officer");
        officer.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);

        HorizontalLayout filterBar =
                new HorizontalLayout(report, year, from, to, project, partner, funderType, officer);
        filterBar.setWrap(true);
        filterBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (ReportFormat f : ReportFormat.values()) {
            Button b = new Button(f.name(), VaadinIcon.DOWNLOAD.create(), e -> startExport(f));
            b.setId("export-" + f.extension());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            exports.add(b);
        }
        progress.setVisible(false);
        progress.setWidth("12rem");
        exports.add(progress, status);
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        filters.getStyle().set("color", "var(--lumo-secondary-text-color)");
        gridHolder.setPadding(false);
        gridHolder.setSizeFull();
        add(new H2(getTranslation("report.title")), filterBar, filters, exports, gridHolder, myExports);
        setFlexGrow(1, gridHolder);

        report.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("reports/" + e.getValue().slug());
            }
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        project.addValueChangeListener(e -> refresh());
        partner.addValueChangeListener(e -> refresh());
        funderType.addValueChangeListener(e -> refresh());
        officer.addValueChangeListener(e -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!access.mayReadLines()) {
            removeAll();
            add(new H2(getTranslation("report.title")), new Span(getTranslation("report.restricted")));
            return;
        }
        ReportName name = event.getRouteParameters()
                .get("report")
                .flatMap(ReportName::ofSlug)
                .orElse(ReportName.FUNDING_BY_PROJECT);
        report.setValue(name);
        buildGrid(name);
    }

    ReportFilter filter() {
        return new ReportFilter(
                from.getValue(),
                to.getValue(),
                project.getValue() == null ? null : project.getValue().id(),
                partner.getValue() == null ? null : partner.getValue().id(),
                funderType.getValue(),
                officer.getValue().isBlank() ? null : officer.getValue().trim());
    }

    private void buildGrid(ReportName name) {
        Locale locale = getLocale();
        grid = new Grid<>();
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setSizeFull();
        List<ReportColumn> cols = tables.columns(name, locale);
        for (int i = 0; i < cols.size(); i++) {
            int index = i;
            ReportColumn c = cols.get(i);
            Grid.Column<List<String>> col = grid.addColumn(line -> line.get(index))
                    .setHeader(c.header())
                    .setKey(c.key())
                    .setResizable(true)
                    .setAutoWidth(true);
            if (c.numeric()) {
                col.setTextAlign(ColumnTextAlign.END);
            }
            if (c.sortable()) {
                // sorted by the server on a whitelisted column (the sort property is the column key)
                col.setSortable(true).setSortProperty(c.key());
            }
        }
        grid.appendFooterRow();
        gridHolder.removeAll();
        gridHolder.add(grid);
        refresh();
    }

    private void refresh() {
        if (grid == null || report.getValue() == null) {
            return;
        }
        ReportName name = report.getValue();
        ReportFilter f = filter();
        Locale locale = getLocale();
        grid.setItems(q -> tables.page(name, f, VaadinSpringDataHelpers.toSpringPageRequest(q), locale).stream(), q ->
                (int) tables.count(name, f));
        List<String> totals = tables.totals(name, f, locale);
        FooterRow footer = grid.getFooterRows().getFirst();
        List<Grid.Column<List<String>>> columns = grid.getColumns();
        for (int i = 0; i < columns.size() && i < totals.size(); i++) {
            Span cell = new Span(totals.get(i));
            cell.getStyle().set("font-weight", "600");
            cell.setId("total-" + columns.get(i).getKey());
            footer.getCell(columns.get(i)).setComponent(cell);
        }
        filters.setText(tables.describe(f, locale));
    }

    /**
     * Asks the server for the file: it is built in the background and kept in "Mes exports", so the user
     * may leave the page; while it runs here, a progress bar follows it by polling, then the download
     * link appears.
     */
    private void startExport(ReportFormat format) {
        UI ui = UI.getCurrent();
        exports.getChildren().filter(c -> c instanceof Anchor).toList().forEach(exports::remove);
        ExportSummary started;
        try {
            started = reportExports.start(report.getValue(), filter(), format, getLocale());
        } catch (RuntimeException ex) {
            status.setText(getTranslation("report.export.failed"));
            return;
        }
        long id = started.id();
        progress.setValue(0);
        progress.setVisible(true);
        status.setText(getTranslation("report.export.running"));
        myExports.refresh();
        if (polling != null) {
            polling.remove();
        }
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> follow(id, format));
    }

    private void follow(long id, ReportFormat format) {
        ExportSummary now = reportExports.get(id).orElse(null);
        if (now != null && now.status() == ExportStatus.RUNNING) {
            progress.setValue(now.progress());
            return;
        }
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        UI.getCurrent().setPollInterval(-1);
        progress.setVisible(false);
        myExports.refresh();
        if (now == null || now.status() == ExportStatus.FAILED) {
            status.setText(getTranslation("report.export.failed"));
            return;
        }
        status.setText(getTranslation("report.export.ready"));
        Anchor link = MyExportsPanel.download(reportExports, now);
        link.setId("download-" + format.extension());
        exports.add(link);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.title");
    }
}
