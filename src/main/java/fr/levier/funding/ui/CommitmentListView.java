package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import fr.levier.funding.CommitmentFilter;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.funding.CommitmentSummary;
import fr.levier.funding.FinancingPlanService;
import fr.levier.funding.Leverage;
import fr.levier.funding.PortfolioFigures;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import jakarta.annotation.security.RolesAllowed;

/** All commitments (lazy, filtered), with the portfolio's co-financing figures on top. */
@Route("commitments")
@Menu(title = "nav.commitments", order = 32, icon = "vaadin:handshake")
@RolesAllowed(Role.VIEWER_NAME)
public class CommitmentListView extends VerticalLayout implements HasDynamicTitle {

    private final CommitmentService commitments;
    private final Grid<CommitmentSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<CommitmentStatus> status = new ComboBox<>();
    private final ComboBox<CommitmentKind> kind = new ComboBox<>();
    private final Span total = new Span();

    CommitmentListView(CommitmentService commitments, FinancingPlanService plans) {
        this.commitments = commitments;
        setSizeFull();
        PortfolioFigures f = plans.portfolio();
        Span portfolio = new Span(getTranslation(
                "portfolio.summary",
                FrenchFormats.money(f.partnerAwarded(), getLocale()),
                FrenchFormats.money(f.cityFunding(), getLocale()),
                Leverage.format(f.leverageAwarded(), getLocale()),
                FrenchFormats.money(f.partnerCashed(), getLocale())));
        portfolio.setId("portfolio-summary");

        text.setPlaceholder(getTranslation("commitments.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setPlaceholder(getTranslation("commitments.status"));
        status.setItems(CommitmentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("commitmentStatus." + s.name()));
        status.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("commitments.kind"));
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("commitmentKind." + k.name()));
        kind.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());

        grid.addColumn(CommitmentSummary::title)
                .setHeader(getTranslation("commitments.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(CommitmentSummary::partnerName)
                .setHeader(getTranslation("commitments.partner"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("commitmentKind." + c.kind().name()))
                .setHeader(getTranslation("commitments.kind"))
                .setKey("kind")
                .setSortable(true);
        grid.addColumn(CommitmentSummary::programmeCode).setHeader(getTranslation("commitments.programme"));
        grid.addColumn(c -> getTranslation("commitmentStatus." + c.status().name()))
                .setHeader(getTranslation("commitments.status"))
                .setKey("status")
                .setSortable(true);
        grid.addColumn(c -> FrenchFormats.money(c.amountRequested(), getLocale()))
                .setHeader(getTranslation("commitments.requested"))
                .setKey("amountRequested")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FrenchFormats.money(c.amountAwarded(), getLocale()))
                .setHeader(getTranslation("commitments.awarded"))
                .setKey("amountAwarded")
                .setSortable(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> commitments.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) commitments.count(filter()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("commitments/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("commitment-grid");

        Button add = new Button(getTranslation("commitments.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("commitments/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-commitment");
        add.setVisible(Access.hasRole(Role.OFFICER_NAME));
        HorizontalLayout toolbar = new HorizontalLayout(text, status, kind, total, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(text);
        add(portfolio, toolbar, grid);
        updateTotal();
    }

    private CommitmentFilter filter() {
        return new CommitmentFilter(text.getValue(), null, status.getValue(), kind.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = commitments.count(filter());
        total.setText(getTranslation("commitments.total", FrenchFormats.count(count, getLocale()), count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("commitments.pageTitle");
    }
}
