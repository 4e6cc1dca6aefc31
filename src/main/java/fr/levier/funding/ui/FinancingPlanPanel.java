package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.funding.FinancingPlan;
import fr.levier.funding.FinancingPlanLine;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.LapseClock;
import fr.levier.funding.Leverage;
import fr.levier.funding.SelfFinancingFloor;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A project's financing plan: one line per funder (requested, awarded, signed, claimed, cashed),
 * totals, the city's share, the leverage effect, and red flags for broken rules and near deadlines.
 */
public class FinancingPlanPanel extends VerticalLayout {

    private final FinancingPlanService plans;
    private final long projectId;
    private final Div figures = new Div();
    private final Div flags = new Div();
    private final Grid<FinancingPlanLine> grid = new Grid<>();
    private final Grid.Column<FinancingPlanLine> requested;
    private final Grid.Column<FinancingPlanLine> awarded;
    private final Grid.Column<FinancingPlanLine> signed;
    private final Grid.Column<FinancingPlanLine> claimed;
    private final Grid.Column<FinancingPlanLine> cashed;
    private final Grid.Column<FinancingPlanLine> funder;

    /**
     * @param plans     the read service
     * @param projectId the project
     */
    public FinancingPlanPanel(FinancingPlanService plans, long projectId) {
        this.plans = plans;
        this.projectId = projectId;
        setPadding(false);
        setId("financing-plan");
        figures.addClassName("plan-figures");
        figures.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        flags.setId("plan-flags");

        funder = grid.addColumn(FinancingPlanLine::partnerName)
                .setHeader(getTranslation("plan.funder"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.addColumn(l -> getTranslation("commitmentKind." + l.kind().name())
                        + (l.programmeCode() == null ? "" : " · " + l.programmeCode()))
                .setHeader(getTranslation("plan.kind"))
                .setAutoWidth(true);
        grid.addColumn(l -> getTranslation("commitmentStatus." + l.status().name()))
                .setHeader(getTranslation("plan.status"))
                .setAutoWidth(true);
        requested = money(FinancingPlanLine::requested, "plan.requested");
        awarded = money(FinancingPlanLine::awarded, "plan.awarded");
        signed = money(FinancingPlanLine::signed, "plan.signed");
        claimed = money(FinancingPlanLine::claimed, "plan.claimed");
        cashed = money(FinancingPlanLine::cashed, "plan.cashed");
        grid.addColumn(l -> flag(l))
                .setHeader(getTranslation("plan.alerts"))
                .setWidth("14rem")
                .setFlexGrow(2);
        grid.setPartNameGenerator(l -> !l.counted()
                ? "plan-line-dead"
                : l.sponsoringWarning() || (l.deadline() != null && l.deadline().state() == LapseClock.State.OVERDUE)
                        ? "plan-line-alert"
                        : null);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("plan-grid");
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("commitments/" + e.getItem().commitmentId())));
        grid.appendFooterRow();

        Button add = new Button(getTranslation("plan.addCommitment"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate(
                                "commitments/new",
                                com.vaadin.flow.router.QueryParameters.of("project", String.valueOf(projectId)))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(Access.hasRole(Role.OFFICER_NAME));
        add.setId("plan-add-commitment");
        add(figures, flags, grid, add);
        refresh();
    }

    private Grid.Column<FinancingPlanLine> money(Function<FinancingPlanLine, BigDecimal> value, String key) {
        return grid.addColumn(l -> FrenchFormats.money(value.apply(l), getLocale()))
                .setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private String flag(FinancingPlanLine l) {
        StringBuilder b = new StringBuilder();
        if (l.deadline() != null) {
            b.append(Labels.deadline(this, l.deadline()));
        }
        if (l.sponsoringWarning()) {
            b.append(b.isEmpty() ? "" : " · ").append(getTranslation("plan.sponsoringWarning"));
        }
        return b.toString();
    }

    /** Reloads the plan from the database. */
    public void refresh() {
        FinancingPlan plan = plans.plan(projectId);
        grid.setItems(plan.lines());
        var footer = grid.getFooterRows().getFirst();
        footer.getCell(funder).setText(getTranslation("plan.total"));
        footer.getCell(requested).setText(FrenchFormats.money(plan.totals().requested(), getLocale()));
        footer.getCell(awarded).setText(FrenchFormats.money(plan.totals().awarded(), getLocale()));
        footer.getCell(signed).setText(FrenchFormats.money(plan.totals().signed(), getLocale()));
        footer.getCell(claimed).setText(FrenchFormats.money(plan.totals().claimed(), getLocale()));
        footer.getCell(cashed).setText(FrenchFormats.money(plan.totals().cashed(), getLocale()));

        figures.removeAll();
        figures.add(
                figure("plan-total-cost", "plan.totalCost", FrenchFormats.money(plan.totalCostExclTax(), getLocale())));
        figures.add(figure(
                "plan-city",
                "plan.city",
                FrenchFormats.money(plan.cityFunding(), getLocale())
                        + (plan.floor().cityShare() == null
                                ? ""
                                : " (" + FrenchFormats.number(plan.floor().cityShare(), getLocale()) + " %)")));
        figures.add(figure("plan-public", "plan.publicAid", FrenchFormats.money(plan.publicAid(), getLocale())));
        figures.add(figure("plan-private", "plan.private", FrenchFormats.money(plan.privateMoney(), getLocale())));
        figures.add(figure(
                "plan-total-awarded",
                "plan.awardedTotal",
                FrenchFormats.money(plan.totals().awarded(), getLocale())));
        figures.add(figure("plan-leverage", "plan.leverage", Leverage.format(plan.leverageAwarded(), getLocale())));
        figures.add(figure(
                "plan-leverage-cashed", "plan.leverageCashed", Leverage.format(plan.leverageCashed(), getLocale())));

        flags.removeAll();
        SelfFinancingFloor.Result f = plan.floor();
        String rate = f.rate() == null
                ? ""
                : f.rate().multiply(new BigDecimal(100)).stripTrailingZeros().toPlainString();
        Span floor =
                switch (f.status()) {
                    case NOT_APPLICABLE -> Labels.badge(getTranslation("floor.notApplicable"), "contrast");
                    case EXEMPT -> Labels.badge(getTranslation("floor.exempt", plan.floorExemption()), "contrast");
                    case MET ->
                        Labels.badge(
                                getTranslation(
                                        "floor.met",
                                        rate,
                                        FrenchFormats.money(f.minimumCity(), getLocale()),
                                        FrenchFormats.money(f.margin(), getLocale())),
                                "success");
                    case BROKEN ->
                        Labels.badge(
                                getTranslation(
                                        "floor.broken",
                                        rate,
                                        FrenchFormats.money(f.minimumCity(), getLocale()),
                                        FrenchFormats.money(f.margin().negate(), getLocale())),
                                "error");
                };
        floor.setId("plan-floor");
        flags.add(floor);
        if (f.aidMargin() != null) {
            Span aid = f.aidWithinEligible()
                    ? Labels.badge(
                            getTranslation("floor.aidOk", FrenchFormats.money(f.aidMargin(), getLocale())), "success")
                    : Labels.badge(
                            getTranslation(
                                    "floor.aidAbove",
                                    FrenchFormats.money(f.aidMargin().negate(), getLocale())),
                            "error");
            aid.setId("plan-aid");
            flags.add(new Span(" "), aid);
        }
        if (plan.warnings() > 0) {
            Span w = Labels.badge(getTranslation("plan.warnings", plan.warnings()), "warning");
            flags.add(new Span(" "), w);
        }
    }

    private Div figure(String id, String key, String value) {
        Span v = new Span(value);
        v.setId(id);
        v.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Span l = new Span(getTranslation(key));
        l.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div d = new Div(l, new Div(v));
        return d;
    }
}
