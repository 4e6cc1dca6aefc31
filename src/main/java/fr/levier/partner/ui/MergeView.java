package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
    private FieldChoices<PartnerField> choices;
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

    private void build() {
        removeAll();
        add(new H2(getTranslation("merge.title")), new Paragraph(getTranslation("merge.help")));
        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setItems(1, 2);
        survivor.setItemLabelGenerator(
                i -> (i == 1 ? first : second).name() + " (n° " + (i == 1 ? first : second).id() + ")");
        survivor.setValue(1);
        survivor.setId("merge-survivor");
        choices = new FieldChoices<>(
                PartnerField.class,
                f -> getTranslation("mergeField." + f.name()),
                f -> value(first, f),
                f -> value(second, f),
                getTranslation("merge.field"),
                getTranslation("merge.values"));
        Button merge = new Button(getTranslation("merge.do"), e -> confirm());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setId("merge-do");
        add(survivor, choices, merge);
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
        Set<PartnerField> fromMerged = choices.takenFrom(firstSurvives ? 2 : 1);
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
