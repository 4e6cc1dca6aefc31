package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactField;
import fr.levier.partner.ContactMergeRequest;
import fr.levier.partner.ContactMergeService;
import fr.levier.partner.ContactService;
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
 * The contact merge screen, like the partner one: two records of one person side by side, the user picks the
 * record kept and, field by field, the value to keep; affiliations, interactions, tasks and the consent log of
 * the other record move to it, and the other record is deleted (its history stays in the audit).
 */
@Route("contacts/merge/:first(\\d+)/:second(\\d+)")
@RolesAllowed(Role.OFFICER_NAME)
public class ContactMergeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactService contacts;
    private final ContactMergeService merges;
    private ContactDetails first;
    private ContactDetails second;
    private FieldChoices<ContactField> choices;
    private final RadioButtonGroup<Integer> survivor = new RadioButtonGroup<>();

    ContactMergeView(ContactService contacts, ContactMergeService merges) {
        this.contacts = contacts;
        this.merges = merges;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            first = contacts.details(event.getRouteParameters().getLong("first").orElse(-1L));
            second = contacts.details(
                    event.getRouteParameters().getLong("second").orElse(-1L));
        } catch (NotFoundException e) {
            event.forwardTo(ContactListView.class);
            Notifications.error(getTranslation("reference.unknown"));
            return;
        }
        build();
    }

    private static String name(ContactDetails c) {
        return (Objects.toString(c.firstName(), "") + " " + c.lastName()).trim();
    }

    private void build() {
        removeAll();
        add(new H2(getTranslation("contact.merge.title")));
        survivor.setLabel(getTranslation("merge.survivor"));
        survivor.setItems(1, 2);
        survivor.setItemLabelGenerator(i -> {
            ContactDetails c = i == 1 ? first : second;
            return name(c) + " (n° " + c.id() + ")";
        });
        survivor.setValue(1);
        survivor.setId("merge-survivor");
        choices = new FieldChoices<>(
                ContactField.class,
                f -> getTranslation("contactField." + f.name()),
                f -> value(first, f),
                f -> value(second, f),
                getTranslation("merge.field"),
                getTranslation("merge.values"));
        Button merge = new Button(getTranslation("merge.do"), e -> confirm());
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setId("merge-do");
        add(survivor, choices, merge);
    }

    private String value(ContactDetails c, ContactField f) {
        String v =
                switch (f) {
                    case NAME ->
                        (c.civility() == null
                                        ? ""
                                        : getTranslation("civility."
                                                        + c.civility().name()) + " ")
                                + name(c);
                    case JOB_TITLE -> c.jobTitle();
                    case EMAIL -> c.email();
                    case PHONES ->
                        String.join(" · ", Objects.toString(c.phone(), ""), Objects.toString(c.mobile(), ""));
                    case LANGUAGE -> c.language();
                    case CONSENT ->
                        c.consentStatus() == null
                                ? ""
                                : getTranslation("consent." + c.consentStatus().name()) + " "
                                        + FrenchFormats.date(c.consentDate()) + " "
                                        + Objects.toString(c.consentSource(), "");
                };
        return v == null ? "" : v.replaceAll("^[ ·]+|[ ·]+$", "").trim();
    }

    private void confirm() {
        boolean firstSurvives = survivor.getValue() == 1;
        ContactDetails keep = firstSurvives ? first : second;
        ContactDetails gone = firstSurvives ? second : first;
        Set<ContactField> fromMerged = choices.takenFrom(firstSurvives ? 2 : 1);
        ConfirmDialog dialog = new ConfirmDialog(
                getTranslation("contact.merge.title"),
                getTranslation("merge.confirm", name(gone), name(keep)),
                getTranslation("merge.do"),
                e -> {
                    if (ServiceErrors.run(
                            () -> merges.merge(new ContactMergeRequest(
                                    keep.id(), gone.id(), fromMerged, keep.version(), gone.version())),
                            Map.of())) {
                        Notifications.success(getTranslation("contact.merge.done"));
                        getUI().ifPresent(ui -> ui.navigate("contacts/" + keep.id()));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("merge-confirm");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contact.merge.title");
    }
}
