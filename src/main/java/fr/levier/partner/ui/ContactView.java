package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.partner.AffiliationDraft;
import fr.levier.partner.AffiliationView;
import fr.levier.partner.ConsentEntry;
import fr.levier.partner.ConsentLogService;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactService;
import fr.levier.partner.ExportFormat;
import fr.levier.partner.InteractionService;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PersonalDataService;
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
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The contact page: identity and consent, where they work and worked, their timeline and tasks. */
@Route("contacts/:contactId(\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class ContactView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContactService contacts;
    private final PartnerService partners;
    private final InteractionService interactions;
    private final TaskService tasks;
    private final List<String> officers;
    private final boolean canEdit;
    private final boolean canErase;
    private final PersonalDataService personalData;
    private final String me;
    private final Grid<AffiliationView> affiliations = new Grid<>();
    private final HistoryService history;
    private final Grid<TaskView> taskGrid = new Grid<>();
    private final Timeline timeline = new Timeline();
    private final ConsentLogService consentLog;
    private final fr.levier.partner.LinkService links;
    private final Grid<ConsentEntry> consentGrid = new Grid<>();
    private ContactForm form;
    private ContactDetails contact;

    ContactView(
            ContactService contacts,
            PartnerService partners,
            InteractionService interactions,
            TaskService tasks,
            UserService users,
            AuthenticationContext auth,
            ConsentLogService consentLog,
            HistoryService history,
            PersonalDataService personalData,
            fr.levier.partner.LinkService links) {
        this.links = links;
        timeline.linksFrom(links);
        this.consentLog = consentLog;
        this.history = history;
        this.personalData = personalData;
        this.canErase = Access.hasRole(Role.ADMIN_NAME);
        this.contacts = contacts;
        this.partners = partners;
        this.interactions = interactions;
        this.tasks = tasks;
        this.officers = users.officers().stream().map(UserSummary::username).toList();
        this.canEdit = Access.hasRole(Role.OFFICER_NAME);
        this.me = auth.getPrincipalName().orElse("");
        affiliations
                .addColumn(AffiliationView::partnerName)
                .setHeader(getTranslation("partners.name"))
                .setFlexGrow(3);
        affiliations
                .addColumn(AffiliationView::role)
                .setHeader(getTranslation("affiliation.role"))
                .setFlexGrow(2);
        affiliations.addColumn(a -> FrenchFormats.date(a.startDate())).setHeader(getTranslation("affiliation.since"));
        affiliations
                .addColumn(a ->
                        a.endDate() == null ? getTranslation("affiliation.current") : FrenchFormats.date(a.endDate()))
                .setHeader(getTranslation("affiliation.until"));
        affiliations.addItemDoubleClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("partners/" + e.getItem().partnerId())));
        affiliations.addThemeVariants(GridVariant.LUMO_COMPACT);
        affiliations.setAllRowsVisible(true);
        affiliations.setId("contact-affiliations");
        taskGrid.addColumn(TaskView::title)
                .setHeader(getTranslation("task.title"))
                .setFlexGrow(3);
        taskGrid.addColumn(TaskRenderers.due()).setHeader(getTranslation("task.due"));
        taskGrid.addColumn(TaskView::assignee).setHeader(getTranslation("task.assignee"));
        taskGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        taskGrid.setAllRowsVisible(true);
        consentColumns();
    }

    private void consentColumns() {
        DateTimeFormatter at = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));
        consentGrid.addColumn(e -> at.format(e.recordedAt())).setHeader(getTranslation("consentLog.recordedAt"));
        consentGrid
                .addColumn(e -> (e.previousStatus() == null
                                ? ""
                                : getTranslation("consent." + e.previousStatus().name()) + " → ")
                        + getTranslation("consent." + e.status().name()))
                .setHeader(getTranslation("consentLog.status"))
                .setFlexGrow(2);
        consentGrid
                .addColumn(e -> FrenchFormats.date(e.consentDate()))
                .setHeader(getTranslation("contact.consentDate"));
        consentGrid.addColumn(ConsentEntry::source).setHeader(getTranslation("contact.consentSource"));
        consentGrid
                .addColumn(e -> e.legalBasis() == null
                        ? ""
                        : getTranslation("legalBasis." + e.legalBasis().name()))
                .setHeader(getTranslation("contact.legalBasis"));
        consentGrid
                .addColumn(e -> getTranslation(e.doNotContact() ? "consentLog.yes" : "consentLog.no"))
                .setHeader(getTranslation("contact.doNotContact"));
        consentGrid
                .addColumn(e -> getTranslation("consentChannel." + e.channel().name()))
                .setHeader(getTranslation("consentLog.channel"))
                .setFlexGrow(2);
        consentGrid.addColumn(ConsentEntry::recordedBy).setHeader(getTranslation("consentLog.recordedBy"));
        consentGrid
                .addColumn(ConsentEntry::note)
                .setHeader(getTranslation("consentLog.note"))
                .setFlexGrow(2);
        consentGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        consentGrid.setAllRowsVisible(true);
        consentGrid.setId("contact-consent-log");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("contactId").orElse(-1L);
        try {
            contact = contacts.details(id);
        } catch (NotFoundException e) {
            event.forwardTo(ContactListView.class);
            Notifications.error(getTranslation("contact.notFound"));
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        H2 title = new H2(contact.displayName());
        title.setId("contact-title");
        form = new ContactForm();
        form.read(contact.toDraft());
        form.setReadOnly(!canEdit);
        add(title, form);
        personalData
                .erasedAt(contact.id())
                .ifPresent(at -> add(new Span(getTranslation(
                        "contact.erasedOn",
                        FrenchFormats.date(
                                at.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate())))));
        HorizontalLayout actions = new HorizontalLayout();
        if (canEdit) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("contact-save");
            actions.add(save, personalDataLink(), mergeButton(contact.id()));
        }
        if (canErase) {
            Button erase = new Button(getTranslation("contact.erase"), VaadinIcon.TRASH.create(), e -> erase());
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            erase.setId("contact-erase");
            actions.add(erase);
        }
        add(actions);
        consentGrid.setItems(
                consentLog.history(contact.id(), PageRequest.of(0, 100)).getContent());
        long id = contact.id();
        HorizontalLayout consentHead = new HorizontalLayout(
                new H3(getTranslation("consentLog.title")),
                Downloads.link(
                        getTranslation("consentLog.export"),
                        "consent-log-" + id,
                        ExportFormat.CSV,
                        f -> consentLog.exportCsv(id, getLocale())));
        consentHead.setAlignItems(Alignment.BASELINE);
        add(consentHead, consentGrid);
        HorizontalLayout affHead = new HorizontalLayout(new H3(getTranslation("contact.affiliations")));
        if (canEdit) {
            affHead.add(new Button(
                    getTranslation("affiliation.linkPartner"), VaadinIcon.LINK.create(), e -> linkPartner()));
        }
        affiliations.setItems(contacts.affiliationsOfContact(contact.id()));
        add(affHead, affiliations);
        timeline.show(
                interactions.ofContact(contact.id(), PageRequest.of(0, 50)).getContent(), true);
        add(new H3(getTranslation("partner.tab.interactions")), timeline);
        HorizontalLayout taskHead = new HorizontalLayout(new H3(getTranslation("partner.tab.tasks")));
        if (canEdit) {
            taskHead.add(new Button(
                    getTranslation("task.new"),
                    VaadinIcon.PLUS.create(),
                    e -> TaskDialog.open(tasks, links, officers, me, null, contact.id(), this::refreshTasks)));
        }
        refreshTasks();
        add(taskHead, taskGrid);
        add(HistoryPanel.section(() -> HistoryPanel.of(history, "Contact", contact.id())));
    }

    private void refreshTasks() {
        taskGrid.setItems(tasks.find(new TaskFilter(null, null, contact.id(), true), PageRequest.of(0, 200))
                .getContent());
    }

    private void save() {
        ContactDraft draft = form.write();
        if (draft != null && ServiceErrors.run(() -> contact = contacts.update(contact.id(), draft), form.fields())) {
            Notifications.success(getTranslation("contact.saved"));
            build();
        }
    }

    private void erase() {
        Dialog dialog = new Dialog(getTranslation("contact.erase"));
        com.vaadin.flow.component.textfield.TextArea reason =
                new com.vaadin.flow.component.textfield.TextArea(getTranslation("contact.erase.reason"));
        reason.setId("erase-reason");
        reason.setRequired(true);
        reason.setMaxLength(PersonalDataService.MAX_REASON);
        reason.setWidthFull();
        reason.setValue(getTranslation("contact.erase.reasonDefault"));
        // the reason is kept for years in the audit log: no personal data in it
        reason.setHelperText(getTranslation("contact.erase.reasonHelp"));
        dialog.add(
                new com.vaadin.flow.component.html.Paragraph(
                        getTranslation("contact.eraseConfirm2", contact.displayName())),
                reason);
        Button ok = new Button(getTranslation("contact.erase"), e -> {
            if (ServiceErrors.run(
                    () -> personalData.erase(contact.id(), reason.getValue()), java.util.Map.of("reason", reason))) {
                dialog.close();
                Notifications.success(getTranslation("contact.erased"));
                contact = contacts.details(contact.id());
                build();
            }
        });
        ok.setId("erase-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.setWidth("36rem");
        dialog.open();
    }

    private Anchor personalDataLink() {
        long id = contact.id();
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            byte[] pdf = personalData.exportPdf(id);
            return new DownloadResponse(
                    new ByteArrayInputStream(pdf), "contact-" + id + ".pdf", "application/pdf", pdf.length);
        });
        Anchor a = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        a.add(VaadinIcon.FILE_TEXT_O.create());
        a.add(" " + getTranslation("contact.personalData"));
        a.setId("contact-personal-data");
        return a;
    }

    private void linkPartner() {
        Dialog d = new Dialog(getTranslation("affiliation.linkPartner"));
        ComboBox<PartnerSummary> partner = new ComboBox<>(getTranslation("partners.name"));
        partner.setItemLabelGenerator(p -> p.name() + (p.town() == null ? "" : " – " + p.town()));
        partner.setItems(q -> partners
                .find(
                        new PartnerFilter(q.getFilter().orElse(null), null, null),
                        PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("name")))
                .stream());
        partner.setWidthFull();
        TextField role = new TextField(getTranslation("affiliation.role"));
        FrenchDatePicker since = new FrenchDatePicker(getTranslation("affiliation.since"));
        since.setValue(LocalDate.now());
        d.add(new FormLayout(partner, role, since));
        Button ok = new Button(getTranslation("action.save"), e -> {
            if (partner.getValue() == null) {
                partner.setInvalid(true);
                return;
            }
            if (ServiceErrors.run(
                    () -> contacts.affiliate(new AffiliationDraft(
                            contact.id(), partner.getValue().id(), role.getValue(), since.getValue())),
                    Map.of("partnerId", partner))) {
                d.close();
                affiliations.setItems(contacts.affiliationsOfContact(contact.id()));
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    /** Opens a picker of the other record of the same person, then the field-by-field merge screen. */
    private Button mergeButton(long id) {
        Button merge = new Button(getTranslation("contact.merge"), VaadinIcon.COMPRESS.create(), e -> {
            com.vaadin.flow.component.dialog.Dialog d =
                    new com.vaadin.flow.component.dialog.Dialog(getTranslation("contact.merge.title"));
            com.vaadin.flow.component.combobox.ComboBox<fr.levier.partner.ContactSummary> other =
                    new com.vaadin.flow.component.combobox.ComboBox<>(getTranslation("contact.merge.other"));
            other.setItems(q -> contacts
                    .find(
                            new fr.levier.partner.ContactFilter(q.getFilter().orElse(null), null, null),
                            PageRequest.of(q.getPage(), q.getPageSize()))
                    .stream()
                    .filter(c -> c.id() != id));
            other.setItemLabelGenerator(c -> c.displayName() + (c.email() == null ? "" : " · " + c.email()));
            other.setWidthFull();
            other.setId("merge-other");
            Button go = new Button(getTranslation("merge.do"), x -> {
                if (other.getValue() != null) {
                    d.close();
                    getUI().ifPresent(ui -> ui.navigate(
                            "contacts/merge/" + id + "/" + other.getValue().id()));
                }
            });
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            go.setId("merge-go");
            d.add(other);
            d.setWidth("32rem");
            d.getFooter().add(new Button(getTranslation("action.cancel"), x -> d.close()), go);
            d.open();
        });
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        merge.setId("contact-merge");
        return merge;
    }

    @Override
    public String getPageTitle() {
        return contact == null ? getTranslation("contacts.title") : contact.displayName();
    }
}
