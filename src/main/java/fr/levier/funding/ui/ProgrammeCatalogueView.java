package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.funding.ProgrammeCatalogueService;
import fr.levier.funding.ProgrammeInput;
import fr.levier.funding.ProgrammeSummary;
import fr.levier.security.Role;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The programme catalogue for admins: every programme with its durations, ceilings and the text they
 * come from ("non renseigné" where no text gives a value), and an editor with the row's history.
 */
@Route("admin/programmes")
@Menu(title = "nav.programmes", order = 94, icon = "vaadin:book-dollar")
@RolesAllowed(Role.ADMIN_NAME)
public class ProgrammeCatalogueView extends VerticalLayout {

    private final ProgrammeCatalogueService catalogue;
    private final HistoryService history;
    private final Grid<ProgrammeSummary> grid = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();

    ProgrammeCatalogueView(ProgrammeCatalogueService catalogue, HistoryService history) {
        this.catalogue = catalogue;
        this.history = history;
        setWidthFull();
        add(new H2(getTranslation("programmes.title")), new Paragraph(getTranslation("programmes.intro")));
        grid.setId("programme-grid");
        grid.addColumn(ProgrammeSummary::code)
                .setHeader(getTranslation("programmes.code"))
                .setAutoWidth(true);
        grid.addColumn(ProgrammeSummary::name)
                .setHeader(getTranslation("programmes.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> years(p.startYears(), p.extensionYears()))
                .setHeader(getTranslation("programmes.start"))
                .setAutoWidth(true);
        grid.addColumn(p -> years(p.completionYears(), p.completionExtensionYears()))
                .setHeader(getTranslation("programmes.completion"))
                .setAutoWidth(true);
        grid.addColumn(p -> pct(p.advanceCeilingPct()) + " / " + pct(p.advanceGuaranteePct()))
                .setHeader(getTranslation("programmes.advance"))
                .setAutoWidth(true);
        grid.addColumn(p -> pct(p.cumulativeCeilingPct()) + " / " + pct(p.longOperationPct()))
                .setHeader(getTranslation("programmes.cumulative"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.sourceText() == null ? unknown() : p.sourceText())
                .setHeader(getTranslation("programmes.source"))
                .setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::edit));
        Button add = new Button(getTranslation("programmes.add"), e -> edit(null));
        add.setId("programme-add");
        editor.setPadding(false);
        add(grid, add, editor);
        refresh();
    }

    private void refresh() {
        grid.setItems(catalogue.programmes());
    }

    private String unknown() {
        return getTranslation("programmes.unknown");
    }

    private String pct(BigDecimal v) {
        return v == null
                ? unknown()
                : fr.levier.shared.FrenchFormats.number(v, getLocale()).replaceAll(",00$", "") + "\u00a0%";
    }

    private String years(Integer years, Integer extension) {
        String base = years == null ? unknown() : getTranslation("programmes.years", years);
        return base + " + " + (extension == null ? unknown() : getTranslation("programmes.years", extension));
    }

    private void edit(ProgrammeSummary p) {
        editor.removeAll();
        editor.add(new H3(p == null ? getTranslation("programmes.new") : p.code() + " – " + p.name()));
        TextField code = new TextField(getTranslation("programmes.code"));
        code.setId("programme-code");
        code.setReadOnly(p != null);
        TextField name = new TextField(getTranslation("programmes.name"));
        name.setId("programme-name");
        Checkbox stateRules = new Checkbox(getTranslation("programmes.stateRules"));
        IntegerField start = integer("programme-start", "programmes.startYears");
        IntegerField extension = integer("programme-extension", "programmes.extensionYears");
        IntegerField completion = integer("programme-completion", "programmes.completionYears");
        IntegerField completionExtension =
                integer("programme-completion-extension", "programmes.completionExtensionYears");
        BigDecimalField advance = decimal("programme-advance", "programmes.advanceCeilingPct");
        BigDecimalField guarantee = decimal("programme-guarantee", "programmes.advanceGuaranteePct");
        BigDecimalField cumulative = decimal("programme-cumulative", "programmes.cumulativeCeilingPct");
        BigDecimalField longOperation = decimal("programme-long", "programmes.longOperationPct");
        TextArea source = new TextArea(getTranslation("programmes.source"));
        source.setId("programme-source");
        source.setHelperText(getTranslation("programmes.sourceHelp"));
        source.setMaxLength(1000);
        if (p != null) {
            code.setValue(p.code());
            name.setValue(p.name());
            stateRules.setValue(p.stateRules());
            start.setValue(p.startYears());
            extension.setValue(p.extensionYears());
            completion.setValue(p.completionYears());
            completionExtension.setValue(p.completionExtensionYears());
            advance.setValue(p.advanceCeilingPct());
            guarantee.setValue(p.advanceGuaranteePct());
            cumulative.setValue(p.cumulativeCeilingPct());
            longOperation.setValue(p.longOperationPct());
            source.setValue(p.sourceText() == null ? "" : p.sourceText());
        }
        FormLayout form = new FormLayout(
                code,
                name,
                stateRules,
                start,
                extension,
                completion,
                completionExtension,
                advance,
                guarantee,
                cumulative,
                longOperation);
        form.add(source, 2);
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("name", name);
        fields.put("startYears", start);
        fields.put("extensionYears", extension);
        fields.put("completionYears", completion);
        fields.put("completionExtensionYears", completionExtension);
        fields.put("advanceCeilingPct", advance);
        fields.put("advanceGuaranteePct", guarantee);
        fields.put("cumulativeCeilingPct", cumulative);
        fields.put("longOperationPct", longOperation);
        fields.put("sourceText", source);
        Button save = new Button(getTranslation("action.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            ProgrammeInput in = new ProgrammeInput(
                    code.getValue(),
                    name.getValue(),
                    stateRules.getValue(),
                    start.getValue(),
                    completion.getValue(),
                    extension.getValue(),
                    completionExtension.getValue(),
                    advance.getValue(),
                    guarantee.getValue(),
                    cumulative.getValue(),
                    longOperation.getValue(),
                    source.getValue());
            boolean ok = ServiceErrors.run(
                    () -> {
                        ProgrammeSummary saved =
                                p == null ? catalogue.create(in) : catalogue.update(p.id(), p.version(), in);
                        Notifications.success(getTranslation("programmes.saved", saved.code()));
                        refresh();
                        edit(saved);
                    },
                    fields);
            if (!ok) {
                editor.getElement().setAttribute("data-error", "true");
            }
        });
        save.setId("programme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        editor.add(form, new HorizontalLayout(save));
        if (p != null) {
            editor.add(HistoryPanel.section(() -> HistoryPanel.of(history, "FundingProgramme", p.id())));
        }
    }

    private IntegerField integer(String id, String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setId(id);
        f.setMin(0);
        f.setPlaceholder(unknown());
        return f;
    }

    private BigDecimalField decimal(String id, String key) {
        BigDecimalField f = new BigDecimalField(getTranslation(key));
        f.setId(id);
        f.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        f.setPlaceholder(unknown());
        return f;
    }
}
