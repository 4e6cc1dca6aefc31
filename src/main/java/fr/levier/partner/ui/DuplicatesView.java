package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.levier.partner.DuplicatePair;
import fr.levier.partner.PartnerService;
import fr.levier.security.Role;
import fr.levier.shared.ui.Access;
import jakarta.annotation.security.RolesAllowed;

/** Partners that look like one organisation (same normalised name and town), with a way to merge them. */
@Route("partners/duplicates")
@RolesAllowed(Role.VIEWER_NAME)
public class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    DuplicatesView(PartnerService partners) {
        setSizeFull();
        Grid<DuplicatePair> grid = new Grid<>();
        grid.addColumn(DuplicatePair::firstName)
                .setHeader(getTranslation("duplicates.first"))
                .setFlexGrow(3);
        grid.addColumn(DuplicatePair::secondName)
                .setHeader(getTranslation("duplicates.second"))
                .setFlexGrow(3);
        grid.addColumn(DuplicatePair::town).setHeader(getTranslation("partners.town"));
        if (Access.hasRole(Role.OFFICER_NAME)) {
            // a few pairs at most: a button per row is fine here
            grid.addComponentColumn(p -> new Button(getTranslation("duplicates.compare"), e -> getUI().ifPresent(
                            ui -> ui.navigate("partners/merge/" + p.firstId() + "/" + p.secondId()))));
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(partners.duplicatePairs(200));
        grid.setId("duplicate-grid");
        add(new H2(getTranslation("duplicates.title")), new Paragraph(getTranslation("duplicates.help")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duplicates.title");
    }
}
