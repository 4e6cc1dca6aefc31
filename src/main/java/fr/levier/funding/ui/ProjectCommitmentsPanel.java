package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import fr.levier.funding.FinancingPlanLine;
import fr.levier.funding.FinancingPlanService;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;

/** The commitments that fund a project, with their status and next deadline; opens the commitment editor. */
public class ProjectCommitmentsPanel extends VerticalLayout {

    /**
     * @param plans     the read service
     * @param projectId the project
     */
    public ProjectCommitmentsPanel(FinancingPlanService plans, long projectId) {
        setPadding(false);
        Grid<FinancingPlanLine> grid = new Grid<>();
        grid.addColumn(FinancingPlanLine::title)
                .setHeader(getTranslation("commitments.title"))
                .setFlexGrow(3);
        grid.addColumn(FinancingPlanLine::partnerName)
                .setHeader(getTranslation("commitments.partner"))
                .setFlexGrow(2);
        grid.addColumn(l -> getTranslation("commitmentStatus." + l.status().name()))
                .setHeader(getTranslation("commitments.status"));
        grid.addColumn(l -> FrenchFormats.money(l.awarded().signum() > 0 ? l.awarded() : l.requested(), getLocale()))
                .setHeader(getTranslation("commitments.allocatedHere"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> Labels.deadline(this, l.deadline()))
                .setHeader(getTranslation("commitments.deadline"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(plans.plan(projectId).lines());
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("commitments/" + e.getItem().commitmentId())));
        grid.setId("project-commitments");
        Button add =
                new Button(getTranslation("plan.addCommitment"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(ui ->
                        ui.navigate("commitments/new", QueryParameters.of("project", String.valueOf(projectId)))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Access.hasRole(Role.OFFICER_NAME));
        add(grid, add);
    }
}
