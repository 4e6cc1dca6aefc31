package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.levier.partner.MergeRequest;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerField;
import fr.levier.partner.PartnerService;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The merge screen: two records side by side, the user picks field by field which value to keep;
 * the survivor keeps its id and receives contacts, interactions, tasks and commitments of the other.
 */
@Route("partners/merge/:first(\\d+)/:second(\\d+)")
@RolesAllowed(Role.OFFICER_NAME)
public class MergeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnerService partners;
    private PartnerDetails first;
    private PartnerDetails second;
    private final Map<PartnerField, RadioButtonGroup<Integer>> choices = new EnumMap<>(PartnerField.class);
    private final RadioButtonGroup<Integer> survivor = new RadioButtonGroup<>();

    MergeView(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            first = partners.details(event.getRouteParameters().getLong("first").orElse(-1L));
            second = partners.details(
                    event.getRouteParameters().getLong("second").orElse(-1L));
        } catch (NotFoundException e) {
            event.forwardTo(DuplicatesView.class);
            Notifications.error(getTranslation("partner.notFound"));
            return;
        }
        build();
    }

    private record Row(PartnerField field, String left, String right) {}

    private void build() {
        removeAll();
        choices.clear();
        add(new H2(getTranslation("merge.title")), new Paragraph(getTranslation("merge.help")));
        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setItems(1, 2);
        survivor.setItemLabelGenerator(
                i -> (i == 1 ? first : second).name() + " (n° " + (i == 1 ? first : second).id() + ")");
        survivor.setValue(1);
        survivor.setId("merge-survivor");
        List<Row> rows = new ArrayList<>();
        for (PartnerField f : PartnerField.values()) {
            rows.add(new Row(f, value(first, f), value(second, f)));
        }
        Grid<Row> grid = new Grid<>();
        grid.addColumn(r -> getTranslation("mergeField." + r.field().name()))
                .setHeader(getTranslation("merge.field"))
                .setFlexGrow(1);
        grid.addComponentColumn(r -> {
                    RadioButtonGroup<Integer> pick = new RadioButtonGroup<>();
                    pick.setItems(1, 2);
                    pick.setItemLabelGenerator(i -> {
                        String v = i == 1 ? r.left() : r.right();
                        return v.isEmpty() ? "—" : v;
                    });
                    // default: the survivor's value, unless it is empty and the other one is not
                    pick.setValue(r.left().isEmpty() && !r.right().isEmpty() ? 2 : 1);
                    pick.setId("merge-" + r.field().name());
                    choices.put(r.field(), pick);
                    return pick;
                })
                .setHeader(getTranslation("merge.values"))
                .setFlexGrow(4);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Button merge = new Button(getTranslation("merge.do"), e -> confirm());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setId("merge-do");
        add(survivor, grid, merge);
    }

    private String value(PartnerDetails p, PartnerField f) {
        String v =
                switch (f) {
                    case NAME -> p.name();
                    case LEGAL_FORM -> p.legalForm();
                    case TYPE -> getTranslation("partnerType." + p.type().name());
                    case SIRET -> p.siret();
                    case NAF_CODE -> p.nafCode();
                    case ADDRESS ->
                        String.join(
                                        " ",
                                        Objects.toString(p.street(), ""),
                                        Objects.toString(p.postcode(), ""),
                                        Objects.toString(p.town(), ""))
                                .trim();
                    case WEBSITE -> p.website();
                    case HEADCOUNT ->
                        p.headcount() == null ? null : p.headcount().toString();
                    case TAGS -> p.tags();
                    case STATUS -> getTranslation("relationship." + p.status().name());
                    case OFFICER -> p.officerUsername();
                    case MEMBERSHIP ->
                        p.investInRomans()
                                ? getTranslation("partner.investInRomans") + " " + Objects.toString(p.memberLevel(), "")
                                        + " " + FrenchFormats.date(p.memberSince())
                                : "";
                    case NOTES -> p.notes();
                };
        return v == null ? "" : v.trim();
    }

    private void confirm() {
        boolean firstSurvives = survivor.getValue() == 1;
        PartnerDetails keep = firstSurvives ? first : second;
        PartnerDetails gone = firstSurvives ? second : first;
        Set<PartnerField> fromMerged = EnumSet.noneOf(PartnerField.class);
        int mergedSide = firstSurvives ? 2 : 1;
        choices.forEach((f, pick) -> {
            if (Objects.equals(pick.getValue(), mergedSide)) {
                fromMerged.add(f);
            }
        });
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("merge.title"),
                getTranslation("merge.confirm", gone.name(), keep.name()),
                getTranslation("merge.do"),
                e -> {
                    if (ServiceErrors.run(
                            () -> partners.merge(
                                    new MergeRequest(keep.id(), gone.id(), fromMerged, keep.version(), gone.version())),
                            Map.of())) {
                        Notifications.success(getTranslation("merge.done"));
                        getUI().ifPresent(ui -> ui.navigate("partners/" + keep.id()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("merge-confirm");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("merge.title");
    }
}
