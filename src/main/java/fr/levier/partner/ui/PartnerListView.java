package fr.levier.partner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
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
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;

/** The partner list: lazy, filtered by text, type and relationship status, sortable. */
@Route("partners")
@Menu(title = "nav.partners", order = 20, icon = "vaadin:building")
@RolesAllowed(Role.VIEWER_NAME)
public class PartnerListView extends VerticalLayout implements HasDynamicTitle {

    private final PartnerService partners;
    private final Grid<PartnerSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final ComboBox<RelationshipStatus> status = new ComboBox<>();
    private final Span total = new Span();

    PartnerListView(PartnerService partners) {
        this.partners = partners;
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
        text.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(PartnerSummary::name).setHeader(getTranslation("partners.name")).setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(p -> getTranslation("partnerType." + p.type().name())).setHeader(getTranslation("partners.type")).setKey("type").setSortable(true);
        grid.addColumn(PartnerSummary::town).setHeader(getTranslation("partners.town")).setKey("town").setSortable(true);
        grid.addColumn(p -> getTranslation("relationship." + p.status().name())).setHeader(getTranslation("partners.status")).setKey("status").setSortable(true);
        grid.addColumn(PartnerSummary::officerUsername).setHeader(getTranslation("partners.officer")).setKey("officerUsername").setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> partners.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> (int) partners.count(filter()));
        grid.setSizeFull();
        grid.setId("partner-grid");

        HorizontalLayout toolbar = new HorizontalLayout(text, type, status, total);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(text);
        add(toolbar, grid);
        updateTotal();
    }

    private PartnerFilter filter() {
        return new PartnerFilter(text.getValue(), type.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("partners.total", FrenchFormats.count(partners.count(filter()), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("partners.title");
    }
}
