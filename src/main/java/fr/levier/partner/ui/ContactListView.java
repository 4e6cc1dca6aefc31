package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
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
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactFilter;
import fr.levier.partner.ContactService;
import fr.levier.partner.ContactSummary;
import fr.levier.partner.ExportFormat;
import fr.levier.partner.ExportService;
import fr.levier.partner.PhoneNumbers;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The contact list: lazy, prefix search on names and e-mail, consent filter, export; new contacts are checked by e-mail. */
@Route("contacts")
@Menu(title = "nav.contacts", order = 21, icon = "vaadin:users")
@RolesAllowed(Role.VIEWER_NAME)
public class ContactListView extends VerticalLayout implements HasDynamicTitle {

    private final ContactService contacts;
    private final Grid<ContactSummary> grid = new Grid<>();
    private final TextField text = new TextField();
    private final ComboBox<ConsentStatus> consent = new ComboBox<>();
    private final Span total = new Span();

    ContactListView(ContactService contacts, ExportService exports) {
        this.contacts = contacts;
        setSizeFull();
        text.setPlaceholder(getTranslation("contacts.filter"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setId("contact-filter");
        consent.setPlaceholder(getTranslation("contact.consent"));
        consent.setItems(ConsentStatus.values());
        consent.setItemLabelGenerator(c -> getTranslation("consent." + c.name()));
        consent.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        consent.addValueChangeListener(e -> refresh());

        grid.addColumn(ContactSummary::lastName)
                .setHeader(getTranslation("contact.lastName"))
                .setKey("lastName")
                .setSortable(true);
        grid.addColumn(ContactSummary::firstName)
                .setHeader(getTranslation("contact.firstName"))
                .setKey("firstName")
                .setSortable(true);
        grid.addColumn(ContactSummary::jobTitle)
                .setHeader(getTranslation("contact.jobTitle"))
                .setKey("jobTitle")
                .setSortable(true);
        grid.addColumn(ContactSummary::email)
                .setHeader(getTranslation("contact.email"))
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(c -> PhoneNumbers.display(c.phone()))
                .setHeader(getTranslation("contact.phone"))
                .setKey("phone");
        grid.addColumn(c -> getTranslation("consent." + c.consent().name()))
                .setHeader(getTranslation("contact.consent"))
                .setKey("consentStatus")
                .setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> contacts.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) contacts.count(filter()));
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("contacts/" + e.getItem().id())));
        grid.setSizeFull();
        grid.setId("contact-grid");

        HorizontalLayout bar = new HorizontalLayout(text, consent, total);
        bar.setWidthFull();
        bar.expand(text);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (Access.hasRole(Role.OFFICER_NAME)) {
            Button create = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("contact-new");
            actions.add(create);
        }
        actions.add(
                Downloads.link(
                        getTranslation("export.csv"),
                        "contacts",
                        ExportFormat.CSV,
                        f -> exports.contacts(filter(), f, getLocale())),
                Downloads.link(
                        getTranslation("export.xlsx"),
                        "contacts",
                        ExportFormat.XLSX,
                        f -> exports.contacts(filter(), f, getLocale())));
        add(bar, actions, grid);
        updateTotal();
    }

    private ContactFilter filter() {
        return new ContactFilter(text.getValue(), null, consent.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        long count = contacts.count(filter());
        total.setText(getTranslation("contacts.total", FrenchFormats.count(count, getLocale()), count));
    }

    private void openCreate() {
        Dialog d = new Dialog(getTranslation("contact.new"));
        d.setWidth("760px");
        ContactForm form = new ContactForm();
        form.read(ContactDraft.of(null, "", null));
        d.add(form);
        boolean[] warned = {false};
        Button ok = new Button(getTranslation("action.save"), e -> {
            ContactDraft draft = form.write();
            if (draft == null) {
                return;
            }
            List<ContactDetails> same = contacts.duplicatesOf(draft.email(), null);
            if (!same.isEmpty() && !warned[0]) {
                warned[0] = true;
                form.email.setErrorMessage(
                        getTranslation("contact.error.duplicate", same.get(0).displayName()) + " "
                                + getTranslation("duplicates.saveAgain"));
                form.email.setInvalid(true);
                return;
            }
            ContactDetails[] created = new ContactDetails[1];
            if (ServiceErrors.run(() -> created[0] = contacts.create(draft, warned[0]), form.fields())) {
                d.close();
                getUI().ifPresent(ui -> ui.navigate("contacts/" + created[0].id()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("contact-create-save");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title");
    }
}
