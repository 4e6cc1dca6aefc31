package fr.levier.funding.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.funding.DeadlineLine;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.LapseClock;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The morning check: open grants whose next lapse deadline is overdue (at risk) or within 90 days,
 * soonest first. Lapsing is decided on the commitment, never here automatically.
 */
@Route("deadlines")
@Menu(title = "nav.deadlines", order = 31, icon = "vaadin:alarm")
@RolesAllowed(Role.VIEWER_NAME)
public class DeadlinesView extends VerticalLayout implements HasDynamicTitle {

    private final List<DeadlineLine> all;
    private final Grid<DeadlineLine> grid = new Grid<>();

    DeadlinesView(FinancingPlanService plans) {
        setSizeFull();
        all = plans.deadlines(LapseClock.NEAR_DAYS);
        long overdue = all.stream()
                .filter(l -> l.deadline().state() == LapseClock.State.OVERDUE)
                .count();
        Span counts = new Span(getTranslation(
                "deadlines.counts",
                FrenchFormats.count(overdue, getLocale()),
                FrenchFormats.count(all.size() - overdue, getLocale())));
        counts.setId("deadlines-counts");
        Checkbox onlyOverdue = new Checkbox(getTranslation("deadlines.onlyOverdue"));
        onlyOverdue.addValueChangeListener(e -> grid.setItems(
                e.getValue()
                        ? all.stream()
                                .filter(l -> l.deadline().state() == LapseClock.State.OVERDUE)
                                .toList()
                        : all));

        grid.addComponentColumn(l -> Labels.badge(
                        l.deadline().state() == LapseClock.State.OVERDUE
                                ? getTranslation("deadline.atRisk")
                                : getTranslation(
                                        "deadlineState." + l.deadline().state().name()),
                        Labels.stateTheme(l.deadline().state())))
                .setHeader(getTranslation("deadlines.state"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(l -> FrenchFormats.date(l.deadline().date()))
                .setHeader(getTranslation("deadlines.date"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(l -> l.deadline().daysLeft())
                .setHeader(getTranslation("deadlines.daysLeft"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(l -> getTranslation("deadlineKind." + l.deadline().kind().name()))
                .setHeader(getTranslation("deadlines.kind"))
                .setWidth("13rem")
                .setFlexGrow(0);
        grid.addColumn(DeadlineLine::title)
                .setHeader(getTranslation("commitments.title"))
                .setWidth("16rem")
                .setFlexGrow(3);
        grid.addColumn(DeadlineLine::partnerName)
                .setHeader(getTranslation("commitments.partner"))
                .setFlexGrow(2);
        grid.addColumn(DeadlineLine::programmeCode).setHeader(getTranslation("commitments.programme"));
        grid.addColumn(l -> FrenchFormats.money(l.awarded(), getLocale()))
                .setHeader(getTranslation("deadlines.atStake"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(l -> String.join(", ", l.projects()))
                .setHeader(getTranslation("partnerFunding.projects"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(all);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("commitments/" + e.getItem().commitmentId())));
        grid.setSizeFull();
        grid.setId("deadline-grid");
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("deadlines.title")), counts, onlyOverdue);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(top, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deadlines.title");
    }
}
