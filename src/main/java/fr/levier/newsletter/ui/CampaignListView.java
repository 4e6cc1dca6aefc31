package fr.levier.newsletter.ui;

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
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.newsletter.CampaignFilter;
import fr.levier.newsletter.CampaignService;
import fr.levier.newsletter.CampaignStatus;
import fr.levier.newsletter.CampaignSummary;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** All newsletters (lazy, filtered by subject and status), newest change first. */
@Route("newsletters")
@Menu(title = "nav.campaigns", order = 40, icon = "vaadin:envelopes")
@RolesAllowed(Role.VIEWER_NAME)
public class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final CampaignService campaigns;
    private final Grid<CampaignSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<CampaignStatus> status = new ComboBox<>();
    private final Span total = new Span();

    CampaignListView(CampaignService campaigns, AuthenticationContext auth) {
        this.campaigns = campaigns;
        setSizeFull();
        text.setPlaceholder(getTranslation("campaigns.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        status.setPlaceholder(getTranslation("campaigns.status"));
        status.setItems(CampaignStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("campaignStatus." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());

        grid.addColumn(CampaignSummary::subject)
                .setHeader(getTranslation("campaigns.subject"))
                .setKey("subject")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(c -> getTranslation("campaignStatus." + c.status().name()))
                .setHeader(getTranslation("campaigns.status"))
                .setKey("status")
                .setSortable(true);
        grid.addColumn(CampaignSummary::officerName).setHeader(getTranslation("campaigns.officer"));
        grid.addColumn(c -> format(c.finishedAt() != null ? c.finishedAt() : c.updatedAt()))
                .setHeader(getTranslation("campaigns.updated"))
                .setKey("updatedAt")
                .setSortable(true);
        grid.addColumn(c -> FrenchFormats.count(c.recipients(), getLocale()))
                .setHeader(getTranslation("campaigns.recipients"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FrenchFormats.count(c.sent(), getLocale()))
                .setHeader(getTranslation("campaigns.sentCount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> campaigns.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) campaigns.count(filter()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("newsletters/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("campaign-grid");

        Button add = new Button(getTranslation("campaigns.new"), VaadinIcon.PLUS.create(), e -> getUI().ifPresent(
                        ui -> ui.navigate("newsletters/new")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-campaign");
        add.setVisible(auth.hasRole(Role.OFFICER_NAME));
        HorizontalLayout toolbar = new HorizontalLayout(text, status, total, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(text);
        add(toolbar, grid);
        updateTotal();
    }

    private static String format(Instant at) {
        return at == null ? "" : AT.format(at);
    }

    private CampaignFilter filter() {
        return new CampaignFilter(text.getValue(), status.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("campaigns.total", FrenchFormats.count(campaigns.count(filter()), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.pageTitle");
    }
}
