package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.partner.DuplicateCandidate;
import fr.levier.partner.ExportFormat;
import fr.levier.partner.ExportService;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The partner list: lazy, filtered by text (name, town, SIRET), type, status, officer and tag, sortable;
 * exports the filtered list; new partners are checked for duplicates before creation.
 */
@Route("partners")
@Menu(title = "nav.partners", order = 20, icon = "vaadin:building")
@RolesAllowed(Role.VIEWER_NAME)
public class PartnerListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PartnerService partners;
    private final List<String> officers;
    private final Grid<PartnerSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final ComboBox<RelationshipStatus> status = new ComboBox<>();
    private final ComboBox<String> officer = new ComboBox<>();
    private final TextField tag = new TextField();
    private final Checkbox members = new Checkbox();
    private final FrenchDatePicker createdFrom;
    private final FrenchDatePicker createdTo;
    private final Span total = new Span();
    private final PartnerPages pages;

    PartnerListView(PartnerService partners, ExportService exports, UserService users) {
        this.partners = partners;
        this.pages = new PartnerPages(partners);
        this.officers = users.officers().stream().map(UserSummary::username).toList();
        setSizeFull();

        text.setPlaceholder(getTranslation("partners.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("partner-filter");
        type.setPlaceholder(getTranslation("partners.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partnerType." + t.name()));
        type.setClearButtonVisible(true);
        status.setPlaceholder(getTranslation("partners.status"));
        status.setItems(RelationshipStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("relationship." + s.name()));
        status.setClearButtonVisible(true);
        officer.setPlaceholder(getTranslation("partners.officer"));
        officer.setItems(officers);
        officer.setClearButtonVisible(true);
        tag.setPlaceholder(getTranslation("partner.tag"));
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        officer.addValueChangeListener(e -> refresh());
        tag.addValueChangeListener(e -> refresh());
        members.setLabel(getTranslation("partners.filter.members"));
        members.setId("partner-filter-members");
        createdFrom = new FrenchDatePicker(null);
        createdFrom.setPlaceholder(getTranslation("partners.filter.createdFrom"));
        createdFrom.setClearButtonVisible(true);
        createdFrom.setId("partner-filter-created-from");
        createdTo = new FrenchDatePicker(null);
        createdTo.setPlaceholder(getTranslation("partners.filter.createdTo"));
        createdTo.setClearButtonVisible(true);
        createdTo.setId("partner-filter-created-to");
        members.addValueChangeListener(e -> refresh());
        createdFrom.addValueChangeListener(e -> refresh());
        createdTo.addValueChangeListener(e -> refresh());

        grid.addColumn(PartnerSummary::name)
                .setHeader(getTranslation("partners.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("partnerType." + p.type().name()))
                .setHeader(getTranslation("partners.type"))
                .setKey("type")
                .setSortable(true);
        grid.addColumn(PartnerSummary::siret)
                .setHeader(getTranslation("partner.siret"))
                .setKey("siret")
                .setSortable(true);
        grid.addColumn(PartnerSummary::town)
                .setHeader(getTranslation("partners.town"))
                .setKey("town")
                .setSortable(true);
        grid.addColumn(p -> getTranslation("relationship." + p.status().name()))
                .setHeader(getTranslation("partners.status"))
                .setKey("status")
                .setSortable(true);
        grid.addColumn(PartnerSummary::officerUsername)
                .setHeader(getTranslation("partners.officer"))
                .setKey("officerUsername")
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> pages.fetch(filter(), q), q -> (int) pages.count(filter()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("partners/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("partner-grid");

        total.setId("partner-total");
        HorizontalLayout filters =
                new HorizontalLayout(text, type, status, officer, tag, members, createdFrom, createdTo, total);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWidthFull();
        filters.expand(text);

        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (Access.hasRole(Role.OFFICER_NAME)) {
            Button create = new Button(getTranslation("partner.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("partner-new");
            Button importButton =
                    new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(), e -> getUI().ifPresent(
                                    ui -> ui.navigate("imports")));
            actions.add(create, importButton);
        }
        Button duplicates =
                new Button(getTranslation("duplicates.title"), VaadinIcon.COPY.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate("partners/duplicates")));
        actions.add(
                duplicates,
                Downloads.link(
                        getTranslation("export.csv"),
                        "partners",
                        ExportFormat.CSV,
                        f -> exports.partners(filter(), f, getLocale())),
                Downloads.link(
                        getTranslation("export.xlsx"),
                        "partners",
                        ExportFormat.XLSX,
                        f -> exports.partners(filter(), f, getLocale())));
        add(filters, actions, grid);
        updateTotal();
    }

    private PartnerFilter filter() {
        return new PartnerFilter(
                text.getValue(),
                type.getValue(),
                status.getValue(),
                officer.getValue(),
                tag.getValue(),
                Boolean.TRUE.equals(members.getValue()) ? Boolean.TRUE : null,
                createdFrom.getValue(),
                createdTo.getValue());
    }

    private void refresh() {
        pages.forget();
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = pages.count(filter());
        total.setText(getTranslation("partners.total", FrenchFormats.count(count, getLocale()), count));
    }

    /** New partner: the form, then a duplicate warning when look-alikes exist. */
    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("partner.new"));
        dialog.setWidth("760px");
        PartnerForm form = new PartnerForm(officers);
        form.read(PartnerDraft.of("", null, null));
        Button save = new Button(getTranslation("action.save"), e -> {
            PartnerDraft draft = form.write();
            if (draft == null) {
                return;
            }
            List<DuplicateCandidate> duplicates = partners.duplicatesOf(draft, null);
            if (duplicates.isEmpty()) {
                create(dialog, form, draft, false);
            } else {
                warn(dialog, form, draft, duplicates);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("partner-create-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void warn(Dialog parent, PartnerForm form, PartnerDraft draft, List<DuplicateCandidate> duplicates) {
        Dialog warning = new Dialog(getTranslation("duplicates.warning.title"));
        warning.setId("duplicate-warning");
        VerticalLayout list = new VerticalLayout(new Paragraph(getTranslation("duplicates.warning.text")));
        for (DuplicateCandidate d : duplicates) {
            Button open = new Button(
                    d.name() + (d.town() == null ? "" : " – " + d.town()) + " ("
                            + getTranslation("duplicates.reason." + d.reason().name()) + ")",
                    e -> {
                        warning.close();
                        parent.close();
                        getUI().ifPresent(ui -> ui.navigate("partners/" + d.id()));
                    });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(open);
        }
        warning.add(list);
        Button anyway = new Button(getTranslation("duplicates.createAnyway"), e -> {
            warning.close();
            create(parent, form, draft, true);
        });
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        anyway.setId("duplicate-create-anyway");
        warning.getFooter().add(new Button(getTranslation("action.cancel"), e -> warning.close()), anyway);
        warning.open();
    }

    private void create(Dialog dialog, PartnerForm form, PartnerDraft draft, boolean acceptDuplicates) {
        PartnerDetails[] created = new PartnerDetails[1];
        if (ServiceErrors.run(() -> created[0] = partners.create(draft, acceptDuplicates), form.fields())) {
            dialog.close();
            getUI().ifPresent(ui -> ui.navigate("partners/" + created[0].id()));
        }
    }

    /**
     * Links (e.g. from the dashboard) may preset the filter: {@code partners?status=ACTIVE},
     * {@code partners?investInRomans=true}, {@code partners?createdFrom=2026-01-01&createdTo=2026-11-26}
     * (ISO dates, days in the city's time zone). Unknown values are ignored.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        params.getSingleParameter("status")
                .flatMap(s -> java.util.Arrays.stream(RelationshipStatus.values())
                        .filter(v -> v.name().equals(s))
                        .findFirst())
                .ifPresent(status::setValue);
        params.getSingleParameter("investInRomans").filter("true"::equals).ifPresent(v -> members.setValue(true));
        params.getSingleParameter("createdFrom")
                .flatMap(PartnerListView::isoDate)
                .ifPresent(createdFrom::setValue);
        params.getSingleParameter("createdTo").flatMap(PartnerListView::isoDate).ifPresent(createdTo::setValue);
    }

    private static Optional<LocalDate> isoDate(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title");
    }
}
