package fr.levier.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectSelectionProvider;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.project.ProjectSummary;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/** The project portfolio: lazy list filtered by text, status, officer, funder and "at risk". */
@Route("projects")
@Menu(title = "nav.projects", order = 30, icon = "vaadin:folder-open")
@RolesAllowed(Role.VIEWER_NAME)
public class ProjectListView extends VerticalLayout implements HasDynamicTitle {

    private final ProjectService projects;
    private final ProjectSelectionProvider selections;
    private final Grid<ProjectSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final ComboBox<UserSummary> officer = new ComboBox<>();
    private final ComboBox<ProjectSelectionProvider.Funder> funder = new ComboBox<>();
    private final Checkbox atRisk = new Checkbox();
    private final Span total = new Span();

    ProjectListView(ProjectService projects, UserService users, ObjectProvider<ProjectSelectionProvider> selections) {
        this.projects = projects;
        this.selections = selections.getIfAvailable();
        setSizeFull();

        text.setPlaceholder(getTranslation("projects.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("project-filter");
        status.setPlaceholder(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projectStatus." + s.name()));
        status.setClearButtonVisible(true);
        status.setId("project-filter-status");
        officer.setPlaceholder(getTranslation("projects.officer"));
        officer.setItems(users.officers());
        officer.setItemLabelGenerator(UserSummary::fullName);
        officer.setClearButtonVisible(true);
        funder.setPlaceholder(getTranslation("projects.funder"));
        funder.setItemLabelGenerator(ProjectSelectionProvider.Funder::name);
        funder.setClearButtonVisible(true);
        funder.setId("project-filter-funder");
        atRisk.setLabel(getTranslation("projects.atRisk"));
        atRisk.setId("project-filter-at-risk");
        if (this.selections == null) {
            funder.setVisible(false);
            atRisk.setVisible(false);
        } else {
            funder.setItems(this.selections.funders());
        }
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        officer.addValueChangeListener(e -> refresh());
        funder.addValueChangeListener(e -> refresh());
        atRisk.addValueChangeListener(e -> refresh());

        grid.addColumn(ProjectSummary::code)
                .setHeader(getTranslation("projects.code"))
                .setKey("code")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ProjectSummary::name)
                .setHeader(getTranslation("projects.name"))
                .setKey("name")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(p -> getTranslation("projectStatus." + p.status().name()))
                .setHeader(getTranslation("projects.status"))
                .setKey("status")
                .setSortable(true);
        grid.addColumn(ProjectSummary::officerUsername)
                .setHeader(getTranslation("projects.officer"))
                .setKey("officerUsername")
                .setSortable(true);
        grid.addColumn(p -> FrenchFormats.money(p.totalCostExclTax(), getLocale()))
                .setHeader(getTranslation("projects.cost"))
                .setKey("totalCostExclTax")
                .setSortable(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(p -> FrenchFormats.money(p.cityFunding(), getLocale()))
                .setHeader(getTranslation("projects.cityFunding"))
                .setKey("cityFunding")
                .setSortable(true)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> projects.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) projects.count(filter()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("projects/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("project-grid");

        Button add = new Button(getTranslation("projects.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-project");
        add.setVisible(Access.hasRole(Role.OFFICER_NAME));

        HorizontalLayout toolbar = new HorizontalLayout(text, status, officer, funder, atRisk, total, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(text);
        toolbar.getStyle().set("flex-wrap", "wrap");
        add(toolbar, grid);
        updateTotal();
    }

    private ProjectFilter filter() {
        Set<Long> ids = null;
        if (selections != null && funder.getValue() != null) {
            ids = selections.fundedBy(funder.getValue().id());
        }
        if (selections != null && atRisk.getValue()) {
            Set<Long> risky = selections.atRisk();
            if (ids == null) {
                ids = risky;
            } else {
                ids = new java.util.HashSet<>(ids);
                ids.retainAll(risky);
            }
        }
        return new ProjectFilter(
                text.getValue(),
                status.getValue(),
                officer.getValue() == null ? null : officer.getValue().username(),
                ids);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = projects.count(filter());
        total.setText(getTranslation("projects.total", FrenchFormats.count(count, getLocale()), count));
        total.setId("project-total");
    }

    private void openCreate() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("projects.new"));
        dialog.setWidth("min(960px, 95vw)");
        ProjectEditor editor = new ProjectEditor(projectOfficers());
        editor.addSaveListener(e -> {
            boolean ok = fr.levier.shared.ui.ServiceErrors.run(
                    () -> {
                        var created = projects.create(e.input());
                        dialog.close();
                        Notifications.success(getTranslation("projects.created"));
                        getUI().ifPresent(ui -> ui.navigate("projects/" + created.id()));
                    },
                    editor.fields());
            if (!ok) {
                editor.focusError();
            }
        });
        editor.addCancelListener(e -> dialog.close());
        dialog.add(editor);
        dialog.open();
    }

    private List<UserSummary> projectOfficers() {
        return officer.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("projects.title");
    }
}
