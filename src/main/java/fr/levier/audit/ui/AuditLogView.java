package fr.levier.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.audit.AuditLogFilter;
import fr.levier.audit.AuditLogLine;
import fr.levier.audit.AuditLogService;
import fr.levier.audit.HistoryEntry;
import fr.levier.audit.HistoryService;
import fr.levier.shared.ui.FrenchDatePicker;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The whole audit log for admins: who changed which record when, searchable by user, kind of
 * record, record id and period, paged, with the field-by-field detail of a line and a CSV export of
 * what the filter shows.
 */
@Route("admin/audit-log")
@Menu(title = "nav.auditLog", order = 93, icon = "vaadin:clipboard-text")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditLogService log;
    private final HistoryService history;
    private final TextField user = new TextField();
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final FrenchDatePicker from;
    private final FrenchDatePicker to;
    private final Grid<AuditLogLine> grid = new Grid<>();
    private final Span total = new Span();

    AuditLogView(AuditLogService log, HistoryService history) {
        this.log = log;
        this.history = history;
        setSizeFull();
        from = new FrenchDatePicker(getTranslation("auditLog.from"));
        to = new FrenchDatePicker(getTranslation("auditLog.to"));
        user.setLabel(getTranslation("auditLog.user"));
        user.setId("audit-user");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        entityType.setLabel(getTranslation("auditLog.entity"));
        entityType.setId("audit-entity");
        entityType.setItems(history.entityTypes());
        entityType.setItemLabelGenerator(t -> getTranslation("audit.entity." + t));
        entityType.setClearButtonVisible(true);
        entityId.setLabel(getTranslation("auditLog.entityId"));
        entityId.setId("audit-entity-id");
        entityId.setValueChangeMode(ValueChangeMode.LAZY);
        entityId.setWidth("8rem");
        List.of(user, entityId).forEach(f -> f.addValueChangeListener(e -> refresh()));
        entityType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuditLogLine::revision).setHeader("#").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(l -> WHEN.format(l.at().atZone(PARIS)))
                .setHeader(getTranslation("history.when"))
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(AuditLogLine::username).setHeader(getTranslation("history.who"));
        grid.addColumn(l -> getTranslation("audit.entity." + l.entityType()))
                .setHeader(getTranslation("auditLog.entity"));
        grid.addColumn(AuditLogLine::entityId).setHeader(getTranslation("auditLog.entityId"));
        grid.addColumn(l -> getTranslation("history.kind." + l.kind())).setHeader(getTranslation("history.what"));
        grid.addColumn(l -> l.note() == null ? "" : l.note())
                .setHeader(getTranslation("auditLog.note"))
                .setFlexGrow(2);
        grid.setItems(q -> log.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> {
            long n = log.count(filter());
            total.setText(getTranslation("auditLog.total", n));
            return (int) Math.min(n, Integer.MAX_VALUE);
        });
        grid.addItemClickListener(e -> showDetail(e.getItem()));
        grid.setSizeFull();

        Anchor export = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (OutputStreamWriter w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                        w.write('\uFEFF'); // Excel opens UTF-8 CSV correctly with a BOM
                        log.exportCsv(filter(), w);
                    }
                    byte[] content = bytes.toByteArray();
                    return new DownloadResponse(
                            new ByteArrayInputStream(content), "journal-audit.csv", "text/csv", content.length);
                }),
                AttachmentType.DOWNLOAD,
                "");
        export.add(VaadinIcon.DOWNLOAD.create());
        export.add(" " + getTranslation("auditLog.export"));
        export.setId("audit-export");

        HorizontalLayout filters = new HorizontalLayout(user, entityType, entityId, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        total.setId("audit-total");
        add(filters, total, grid);
    }

    AuditLogFilter filter() {
        return new AuditLogFilter(
                user.getValue(), entityType.getValue(), entityId.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void showDetail(AuditLogLine line) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("audit.entity." + line.entityType()) + " #" + line.entityId() + " — "
                + WHEN.format(line.at().atZone(PARIS)) + " — " + line.username());
        d.setWidth("60rem");
        HistoryEntry entry;
        try {
            entry = history.entry(line.entityType(), Long.parseLong(line.entityId()), line.revision());
        } catch (IllegalArgumentException e) {
            entry = null; // a kind of record without a readable history (not declared)
        }
        Span text = new Span(entry == null ? getTranslation("auditLog.noDetail") : HistoryPanel.describe(this, entry));
        text.addClassName("levier-history-changes");
        text.setId("audit-detail");
        d.add(text);
        d.getFooter().add(new Button(getTranslation("action.close"), e -> d.close()));
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("auditLog.title") + " – Levier";
    }
}
