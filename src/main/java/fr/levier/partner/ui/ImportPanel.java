package fr.levier.partner.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import fr.levier.partner.importing.*;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The import wizard: upload a CSV or Excel file → map its columns (suggested, or a saved mapping) → map the
 * values of coded columns (partner type, status, consent…) → dry-run report line by line with warnings →
 * apply with a progress bar, off the UI thread (polling, no push). The import screen shows it with a choice
 * of target; the first-run assistant shows one per target.
 */
@NamedInterface("import-panel")
public class ImportPanel extends VerticalLayout {

    private final ImportService imports;
    private final RadioButtonGroup<ImportTarget> target = new RadioButtonGroup<>();
    private final ComboBox<String> savedMapping = new ComboBox<>();
    private final Upload upload = new Upload();
    private final VerticalLayout mappingStep = new VerticalLayout();
    private final VerticalLayout reportStep = new VerticalLayout();
    private final VerticalLayout valuesStep = new VerticalLayout();
    private final VerticalLayout fileWarnings = new VerticalLayout();
    private final Map<ImportField, ComboBox<String>> columns = new EnumMap<>(ImportField.class);
    private final Grid<ImportLine> lines = new Grid<>();
    private final Span summary = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button apply = new Button();
    private final RadioButtonGroup<ExistingRecords> existing = new RadioButtonGroup<>();
    private static final String DECLINE = "-";
    private ImportUpload uploaded;
    private Registration polling;

    /**
     * @param imports the import service
     * @param fixed   the only target offered, or {@code null} to let the user choose
     */
    public ImportPanel(ImportService imports, ImportTarget fixed) {
        this.imports = imports;
        target.setLabel(getTranslation("import.target"));
        target.setItems(ImportTarget.values());
        target.setItemLabelGenerator(t -> getTranslation("importTarget." + t.name()));
        target.setValue(fixed == null ? ImportTarget.PARTNERS : fixed);
        target.setVisible(fixed == null);
        target.setId("import-target");
        savedMapping.setLabel(getTranslation("import.savedMapping"));
        savedMapping.setClearButtonVisible(true);
        target.addValueChangeListener(e -> savedMapping.setItems(imports.savedMappings(e.getValue())));
        savedMapping.setItems(imports.savedMappings(target.getValue()));
        upload.setAcceptedFileTypes(".csv", ".txt", ".xlsx", ".xls");
        upload.setMaxFileSize(10 * 1024 * 1024);
        upload.setMaxFiles(1);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.add"))
                        .setMany(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.upload.drop"))
                        .setMany(getTranslation("import.upload.drop"))));
        upload.setId("import-upload");
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> {
            UI ui = upload.getUI().orElseThrow();
            ui.access(() -> received(meta.fileName(), bytes));
        }));
        add(new HorizontalLayout(target, savedMapping), upload, mappingStep, valuesStep, reportStep);
        valuesStep.setVisible(false);
        valuesStep.setPadding(false);
        valuesStep.setId("import-values");
        fileWarnings.setPadding(false);
        fileWarnings.setSpacing(false);
        fileWarnings.setId("import-warnings");
        mappingStep.setVisible(false);
        reportStep.setVisible(false);
        mappingStep.setPadding(false);
        reportStep.setPadding(false);
        reportStep.setSizeFull();
        setSizeFull();

        lines.addColumn(ImportLine::line)
                .setHeader(getTranslation("import.line"))
                .setWidth("6rem")
                .setFlexGrow(0);
        lines.addColumn(LitRenderer.<ImportLine>of("<span style=${item.style}>${item.outcome}</span>")
                        .withProperty(
                                "outcome",
                                l -> getTranslation(
                                        "importOutcome." + l.outcome().name()))
                        .withProperty("style", l -> switch (l.outcome()) {
                            case REJECT -> "color: var(--lumo-error-text-color); font-weight: 600";
                            case SKIP_DUPLICATE -> "color: var(--lumo-warning-text-color, #b36b00)";
                            default -> "color: var(--lumo-success-text-color)";
                        }))
                .setHeader(getTranslation("import.outcome"))
                .setWidth("11rem")
                .setFlexGrow(0);
        lines.addColumn(ImportLine::label)
                .setHeader(getTranslation("import.label"))
                .setFlexGrow(2);
        lines.addColumn(ImportLine::reason)
                .setHeader(getTranslation("import.reason"))
                .setFlexGrow(3);
        lines.addColumn(ImportLine::warning)
                .setHeader(getTranslation("import.warning"))
                .setFlexGrow(3);
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        lines.setId("import-report");
        lines.setMinHeight("300px");
        summary.setId("import-summary");
        apply.setText(getTranslation("import.apply"));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setId("import-apply");
        apply.addClickListener(e -> startApply());
        progress.setVisible(false);
        progressText.setId("import-progress");
        reportStep.add(
                new H3(getTranslation("import.report")),
                summary,
                fileWarnings,
                lines,
                new HorizontalLayout(apply),
                progress,
                progressText);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // an import left running is found again
        imports.latest().filter(r -> r.state() == ImportState.RUNNING).ifPresent(r -> {
            showReport(r);
            follow(r.id(), event.getUI());
        });
    }

    /** A new file replaces the one on screen: an import never applied stops counting towards the cap. */
    private void discardUnapplied() {
        if (uploaded == null) {
            return;
        }
        String previous = uploaded.id();
        uploaded = null;
        try {
            ImportState state = imports.report(previous).state();
            if (state == ImportState.UPLOADED || state == ImportState.ANALYSED) {
                imports.discard(previous);
            }
        } catch (fr.levier.shared.api.NotFoundException e) {
            // already expired or discarded: nothing to free
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void received(String fileName, byte[] bytes) {
        discardUnapplied();
        if (!ServiceErrors.run(
                () -> uploaded = imports.upload(target.getValue(), fileName, bytes, savedMapping.getValue()),
                Map.of())) {
            return;
        }
        reportStep.setVisible(false);
        valuesStep.setVisible(false);
        mappingStep.removeAll();
        columns.clear();
        String detected = "CSV".equals(uploaded.format())
                ? getTranslation(
                        "import.detected.csv",
                        uploaded.fileName(),
                        uploaded.encoding(),
                        separatorLabel(uploaded.separator()),
                        uploaded.rowCount())
                : getTranslation("import.detected.xlsx", uploaded.fileName(), uploaded.rowCount());
        Span info = new Span(detected);
        info.setId("import-detected");
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        for (ImportField f : ImportField.of(uploaded.target())) {
            ComboBox<String> col =
                    new ComboBox<>(getTranslation("importField." + f.name()) + (f.required() ? " *" : ""));
            col.setItems(uploaded.headers().stream().filter(h -> !h.isBlank()).toList());
            col.setClearButtonVisible(true);
            col.setValue(uploaded.suggestedMapping().get(f.name()));
            col.setId("map-" + f.name());
            columns.put(f, col);
            form.add(col);
        }
        existing.setLabel(getTranslation("import.existing"));
        existing.setItems(ExistingRecords.values());
        existing.setItemLabelGenerator(x -> getTranslation("import.existing." + x.name()));
        existing.setValue(ExistingRecords.UPDATE);
        existing.setId("import-existing");
        existing.addValueChangeListener(e -> {
            if (e.isFromClient() && reportStep.isVisible()) {
                dryRun();
            }
        });
        Button dryRun = new Button(getTranslation("import.dryRun"), e -> dryRun());
        dryRun.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dryRun.setId("import-dry-run");
        TextField mappingName = new TextField();
        mappingName.setPlaceholder(getTranslation("import.mappingName"));
        Button save = new Button(getTranslation("import.saveMapping"), e -> {
            if (ServiceErrors.run(
                    () -> {
                        imports.dryRun(uploaded.id(), mapping());
                        imports.saveMapping(uploaded.id(), mappingName.getValue());
                    },
                    Map.of("name", mappingName))) {
                Notifications.success(getTranslation("import.mappingSaved"));
                savedMapping.setItems(imports.savedMappings(uploaded.target()));
            }
        });
        mappingStep.add(
                new H3(getTranslation("import.mapping")),
                info,
                form,
                existing,
                new HorizontalLayout(dryRun, mappingName, save));
        mappingStep.setVisible(true);
    }

    private String separatorLabel(String separator) {
        return "\t".equals(separator) ? getTranslation("import.separator.tab") : "« " + separator + " »";
    }

    private Map<String, String> mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        columns.forEach((f, c) -> m.put(f.name(), c.getValue()));
        return m;
    }

    private void dryRun() {
        try {
            showReport(imports.dryRun(uploaded.id(), mapping(), existing.getValue()));
            showValues();
        } catch (BusinessRuleException e) {
            ImportField f = e.getField() == null
                    ? null
                    : columns.keySet().stream()
                            .filter(x -> x.name().equals(e.getField()))
                            .findFirst()
                            .orElse(null);
            if (f != null) {
                columns.get(f).setErrorMessage(e.getMessage());
                columns.get(f).setInvalid(true);
            } else {
                Notifications.error(e.getMessage());
            }
        }
    }

    /**
     * The value-mapping step: one choice per distinct value of each coded column, pre-set to the proposed
     * known value; changing one records it and runs the dry run again.
     */
    private void showValues() {
        List<ImportValue> values = imports.values(uploaded.id());
        valuesStep.removeAll();
        valuesStep.setVisible(!values.isEmpty());
        if (values.isEmpty()) {
            return;
        }
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        int i = 0;
        for (ImportValue v : values) {
            ComboBox<String> choice = new ComboBox<>(getTranslation(
                    "import.valueLabel",
                    getTranslation("importField." + v.field().name()),
                    v.cell(),
                    v.count()));
            List<String> codes = new java.util.ArrayList<>(v.choices().keySet());
            codes.add(DECLINE);
            choice.setItems(codes);
            choice.setItemLabelGenerator(c -> DECLINE.equals(c)
                    ? getTranslation("import.valueDecline")
                    : v.choices().get(c));
            String effective = v.chosen() != null ? (v.chosen().isEmpty() ? DECLINE : v.chosen()) : v.proposed();
            choice.setValue(effective);
            if (effective == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("import.valueToChoose"));
            }
            choice.setId("value-" + v.field().name() + "-" + i++);
            choice.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                String code = e.getValue() == null || DECLINE.equals(e.getValue()) ? "" : e.getValue();
                if (ServiceErrors.run(
                        () -> {
                            imports.chooseValues(uploaded.id(), Map.of(v.field().name(), Map.of(v.cell(), code)));
                            showReport(imports.dryRun(uploaded.id(), null));
                        },
                        Map.of())) {
                    choice.setInvalid(false);
                }
            });
            form.add(choice);
        }
        valuesStep.add(
                new H3(getTranslation("import.values")), new Paragraph(getTranslation("import.valuesHelp")), form);
    }

    private void showReport(ImportReport r) {
        fileWarnings.removeAll();
        r.warnings().forEach(w -> {
            Span warning = new Span(w);
            warning.getStyle().set("color", "var(--lumo-warning-text-color, #b36b00)");
            fileWarnings.add(warning);
        });
        boolean first = !reportStep.isVisible();
        reportStep.setVisible(true);
        if (first) {
            summary.scrollIntoView();
        }
        summary.setText(getTranslation("import.summary", r.creates(), r.updates(), r.skips(), r.rejects()));
        lines.setItems(r.lines());
        apply.setEnabled(r.state() == ImportState.ANALYSED && r.creates() + r.updates() > 0);
        progress.setVisible(r.state() == ImportState.RUNNING || r.state() == ImportState.DONE);
        progress.setValue(r.toApply() == 0 ? 0 : Math.min(1.0, (double) r.processed() / r.toApply()));
        progressText.setText(
                switch (r.state()) {
                    case RUNNING -> getTranslation("import.running", r.processed(), r.toApply());
                    case DONE -> getTranslation("import.done", r.processed());
                    case FAILED -> getTranslation("import.failed", r.error());
                    default -> "";
                });
    }

    private void startApply() {
        UI ui = UI.getCurrent();
        String id = uploaded.id();
        apply.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        SecurityContext context = SecurityContextHolder.getContext();
        Thread worker = new Thread(
                () -> {
                    SecurityContextHolder.setContext(context);
                    try {
                        ImportReport done = imports.apply(id);
                        ui.access(() -> {
                            showReport(done);
                            stopPolling(ui);
                        });
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                },
                "import-" + id);
        worker.setDaemon(true);
        follow(id, ui);
        worker.start();
    }

    /** Polls the job's progress while it runs (Vaadin push is not enabled). */
    private void follow(String id, UI ui) {
        stopPolling(ui);
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> {
            ImportReport r = imports.report(id);
            showReport(r);
            if (r.state() != ImportState.RUNNING) {
                stopPolling(ui);
            }
        });
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
