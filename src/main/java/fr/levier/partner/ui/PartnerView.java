package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.partner.AffiliationDraft;
import fr.levier.partner.AffiliationView;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactFilter;
import fr.levier.partner.ContactService;
import fr.levier.partner.ContactSummary;
import fr.levier.partner.InteractionDraft;
import fr.levier.partner.InteractionKind;
import fr.levier.partner.InteractionService;
import fr.levier.partner.LinkService;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PhoneNumbers;
import fr.levier.partner.TaskFilter;
import fr.levier.partner.TaskService;
import fr.levier.partner.TaskView;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The partner page: identity, contacts (current and past), interactions timeline, open tasks, and the
 * tabs other modules contribute ({@link PartnerTabProvider}, e.g. commitments and funded projects).
 */
@Route("partners/:partnerId(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class PartnerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PartnerService partners;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final TaskService tasks;
    private final LinkService links;
    private final List<PartnerTabProvider> tabProviders;
    private final List<String> officers;
    private final boolean canEdit;
    private final String me;
    private final H2 title = new H2();
    private final Span subtitle = new Span();
    private TabSheet tabs = new TabSheet();
    private final HistoryService history;
    private PartnerForm form;
    private final Grid<AffiliationView> contactGrid = new Grid<>();
    private final Timeline timeline = new Timeline();
    private final Grid<TaskView> taskGrid = new Grid<>();
    private PartnerDetails partner;

    PartnerView(
            PartnerService partners,
            ContactService contacts,
            InteractionService interactions,
            TaskService tasks,
            List<PartnerTabProvider> tabProviders,
            UserService users,
            AuthenticationContext auth,
            HistoryService history,
            LinkService links) {
        this.links = links;
        timeline.linksFrom(links);
        this.history = history;
        this.partners = partners;
        this.contacts = contacts;
        this.interactions = interactions;
        this.tasks = tasks;
        this.tabProviders = tabProviders.stream()
                .sorted(Comparator.comparingInt(PartnerTabProvider::order))
                .toList();
        this.officers = users.officers().stream().map(UserSummary::username).toList();
        this.canEdit = Access.hasRole(Role.OFFICER_NAME);
        this.me = auth.getPrincipalName().orElse("");
        setSizeFull();
        title.setId("partner-title");
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("partnerId").orElse(-1L);
        try {
            partner = partners.details(id);
        } catch (NotFoundException e) {
            event.forwardTo(PartnerListView.class);
            Notifications.error(getTranslation("partner.notFound"));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        title.setText(partner.name());
        subtitle.setText(getTranslation("partnerType." + partner.type().name()) + " · "
                + getTranslation("relationship." + partner.status().name())
                + (partner.town() == null ? "" : " · " + partner.town())
                + (partner.siret() == null ? "" : " · SIRET " + partner.siret()));
        HorizontalLayout head = new HorizontalLayout(new VerticalLayout(title, subtitle));
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        Button back =
                new Button(getTranslation("partners.title"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate("partners")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        head.add(back);
        tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("partner-tabs");
        tabs.add(getTranslation("partner.tab.identity"), identity());
        tabs.add(getTranslation("partner.tab.contacts"), contactsTab());
        tabs.add(getTranslation("partner.tab.interactions"), interactionsTab());
        tabs.add(getTranslation("partner.tab.tasks"), tasksTab());
        for (PartnerTabProvider provider : tabProviders) {
            tabs.add(getTranslation(provider.titleKey()), provider.create(partner.id()));
        }
        tabs.add(getTranslation("history.tab"), HistoryPanel.of(history, "Partner", partner.id()));
        add(head, tabs);
    }

    private VerticalLayout identity() {
        form = new PartnerForm(officers);
        form.read(partner.toDraft());
        form.setReadOnly(!canEdit);
        VerticalLayout layout = new VerticalLayout(form);
        partners.get(partner.id()).ifPresent(s -> layout.add(new PublicMoneyField(partners, s, canEdit)));
        if (canEdit) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("partner-save");
            layout.add(save);
        }
        return layout;
    }

    private void save() {
        PartnerDraft draft = form.write();
        if (draft == null) {
            return;
        }
        if (ServiceErrors.run(() -> partner = partners.update(partner.id(), draft), form.fields())) {
            Notifications.success(getTranslation("partner.saved"));
            build();
        }
    }

    private VerticalLayout contactsTab() {
        contactGrid.removeAllColumns();
        contactGrid
                .addColumn(AffiliationView::contactName)
                .setHeader(getTranslation("contacts.name"))
                .setFlexGrow(2);
        contactGrid
                .addColumn(AffiliationView::role)
                .setHeader(getTranslation("affiliation.role"))
                .setFlexGrow(2);
        contactGrid
                .addColumn(AffiliationView::email)
                .setHeader(getTranslation("contact.email"))
                .setFlexGrow(2);
        contactGrid.addColumn(a -> PhoneNumbers.display(a.phone())).setHeader(getTranslation("contact.phone"));
        contactGrid.addColumn(a -> FrenchFormats.date(a.startDate())).setHeader(getTranslation("affiliation.since"));
        contactGrid
                .addColumn(a ->
                        a.endDate() == null ? getTranslation("affiliation.current") : FrenchFormats.date(a.endDate()))
                .setHeader(getTranslation("affiliation.until"));
        if (canEdit) {
            contactGrid.addComponentColumn(a -> {
                if (!a.current()) {
                    return new Span();
                }
                Button end = new Button(getTranslation("affiliation.end"), e -> {
                    contacts.endAffiliation(a.id(), null);
                    refreshContacts();
                });
                end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return end;
            });
        }
        contactGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        contactGrid.setId("partner-contacts");
        contactGrid.addItemDoubleClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("contacts/" + e.getItem().contactId())));
        refreshContacts();
        VerticalLayout layout = new VerticalLayout();
        layout.setSizeFull();
        if (canEdit) {
            Button link = new Button(
                    getTranslation("affiliation.linkExisting"), VaadinIcon.LINK.create(), e -> linkExisting());
            Button create = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(), e -> createContact());
            create.setId("partner-contact-new");
            layout.add(new HorizontalLayout(create, link));
        }
        layout.add(contactGrid);
        return layout;
    }

    private void refreshContacts() {
        contactGrid.setItems(contacts.affiliationsOfPartner(partner.id()));
    }

    private void linkExisting() {
        Dialog d = new Dialog(getTranslation("affiliation.linkExisting"));
        ComboBox<ContactSummary> who = new ComboBox<>(getTranslation("contacts.title"));
        who.setItemLabelGenerator(c -> c.displayName() + (c.email() == null ? "" : " <" + c.email() + ">"));
        who.setItems(q -> contacts
                .find(
                        new ContactFilter(q.getFilter().orElse(null), null, null),
                        PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("lastName", "firstName")))
                .stream());
        who.setWidthFull();
        TextField role = new TextField(getTranslation("affiliation.role"));
        FrenchDatePicker since = new FrenchDatePicker(getTranslation("affiliation.since"));
        since.setValue(LocalDate.now());
        d.add(new FormLayout(who, role, since));
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (who.getValue() == null) {
                who.setInvalid(true);
                return;
            }
            if (ServiceErrors.run(
                    () -> contacts.affiliate(
                            new AffiliationDraft(who.getValue().id(), partner.id(), role.getValue(), since.getValue())),
                    Map.of("partnerId", who))) {
                d.close();
                refreshContacts();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void createContact() {
        Dialog d = new Dialog(getTranslation("contact.new"));
        d.setWidth("760px");
        ContactForm contactForm = new ContactForm();
        contactForm.read(ContactDraft.of(null, "", null));
        TextField role = new TextField(getTranslation("affiliation.role"));
        role.setWidthFull();
        d.add(contactForm, role);
        boolean[] warned = {false};
        Button ok = new Button(getTranslation("action.save"), e -> {
            ContactDraft draft = contactForm.write();
            if (draft == null) {
                return;
            }
            ContactDetails[] created = new ContactDetails[1];
            List<ContactDetails> same = contacts.duplicatesOf(draft.email(), null);
            boolean acceptDuplicate = !same.isEmpty() && warned[0];
            if (!same.isEmpty() && !warned[0]) {
                warned[0] = true;
                contactForm.email.setErrorMessage(
                        getTranslation("contact.error.duplicate", same.get(0).displayName()) + " "
                                + getTranslation("duplicates.saveAgain"));
                contactForm.email.setInvalid(true);
                return;
            }
            if (ServiceErrors.run(
                    () -> {
                        created[0] = contacts.create(draft, acceptDuplicate);
                        contacts.affiliate(new AffiliationDraft(
                                created[0].id(),
                                partner.id(),
                                role.getValue() == null || role.getValue().isBlank()
                                        ? draft.jobTitle()
                                        : role.getValue(),
                                LocalDate.now()));
                    },
                    contactForm.fields())) {
                d.close();
                refreshContacts();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("contact-create-save");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private VerticalLayout interactionsTab() {
        refreshTimeline();
        VerticalLayout layout = new VerticalLayout();
        if (canEdit) {
            Button add = new Button(getTranslation("interaction.new"), VaadinIcon.PLUS.create(), e -> newInteraction());
            add.setId("interaction-new");
            layout.add(add);
        }
        layout.add(timeline);
        return layout;
    }

    private void refreshTimeline() {
        timeline.show(
                interactions.ofPartner(partner.id(), PageRequest.of(0, 50)).getContent(), false);
    }

    private void newInteraction() {
        Dialog d = new Dialog(getTranslation("interaction.new"));
        d.setWidth("640px");
        ComboBox<InteractionKind> kind = new ComboBox<>(getTranslation("interaction.kind"), InteractionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("interactionKind." + k.name()));
        kind.setValue(InteractionKind.MEETING);
        FrenchDatePicker date = new FrenchDatePicker(getTranslation("interaction.date"));
        date.setValue(LocalDate.now());
        TextField subject = new TextField(getTranslation("interaction.subject"));
        subject.setId("interaction-subject");
        TextArea summary = new TextArea(getTranslation("interaction.summary"));
        MultiSelectComboBox<AffiliationView> people = new MultiSelectComboBox<>(getTranslation("interaction.contacts"));
        people.setItems(contacts.affiliationsOfPartner(partner.id()).stream()
                .filter(AffiliationView::current)
                .toList());
        people.setItemLabelGenerator(AffiliationView::contactName);
        MultiSelectComboBox<String> users = new MultiSelectComboBox<>(getTranslation("interaction.users"));
        users.setItems(officers);
        users.select(me);
        LinkPickers link = new LinkPickers(links, partner.id());
        FormLayout f = new FormLayout(kind, date, subject, people, users, link.project, link.commitment, summary);
        f.setColspan(subject, 2);
        f.setColspan(summary, 2);
        d.add(f);
        Button ok = new Button(getTranslation("action.save"), e -> {
            var ids = new HashSet<Long>();
            people.getValue().forEach(a -> ids.add(a.contactId()));
            if (ServiceErrors.run(
                    () -> interactions.create(new InteractionDraft(
                            partner.id(),
                            kind.getValue(),
                            date.getValue(),
                            subject.getValue(),
                            summary.getValue(),
                            ids,
                            List.copyOf(users.getValue()),
                            link.projectId(),
                            link.commitmentId())),
                    Map.of(
                            "subject",
                            subject,
                            "kind",
                            kind,
                            "occurredOn",
                            date,
                            "projectId",
                            link.project,
                            "commitmentId",
                            link.commitment))) {
                d.close();
                refreshTimeline();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("interaction-save");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private VerticalLayout tasksTab() {
        taskGrid.removeAllColumns();
        if (canEdit) {
            taskGrid.addComponentColumn(t -> {
                        Checkbox done = new Checkbox(t.done());
                        done.addValueChangeListener(e -> {
                            tasks.setDone(t.id(), e.getValue());
                            refreshTasks();
                        });
                        return done;
                    })
                    .setHeader(getTranslation("task.done"))
                    .setFlexGrow(0)
                    .setWidth("6rem");
        }
        taskGrid.addColumn(TaskView::title)
                .setHeader(getTranslation("task.title"))
                .setFlexGrow(3);
        taskGrid.addColumn(TaskRenderers.due()).setHeader(getTranslation("task.due"));
        taskGrid.addColumn(TaskView::assignee).setHeader(getTranslation("task.assignee"));
        taskGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        taskGrid.setId("partner-tasks");
        refreshTasks();
        VerticalLayout layout = new VerticalLayout();
        layout.setSizeFull();
        if (canEdit) {
            Button add = new Button(
                    getTranslation("task.new"),
                    VaadinIcon.PLUS.create(),
                    e -> TaskDialog.open(tasks, links, officers, me, partner.id(), null, this::refreshTasks));
            add.setId("task-new");
            layout.add(add);
        }
        layout.add(taskGrid);
        return layout;
    }

    private void refreshTasks() {
        taskGrid.setItems(tasks.find(new TaskFilter(null, partner.id(), null, true), PageRequest.of(0, 200))
                .getContent());
    }

    @Override
    public String getPageTitle() {
        return partner == null ? getTranslation("partners.title") : partner.name();
    }
}
