package fr.levier.newsletter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.newsletter.AudienceReport;
import fr.levier.newsletter.CampaignDetails;
import fr.levier.newsletter.CampaignDraft;
import fr.levier.newsletter.CampaignProgress;
import fr.levier.newsletter.CampaignService;
import fr.levier.newsletter.CampaignStatus;
import fr.levier.newsletter.ImageService;
import fr.levier.newsletter.RecipientRow;
import fr.levier.newsletter.RecipientStatus;
import fr.levier.newsletter.RenderedMessage;
import fr.levier.partner.AudienceMember;
import fr.levier.partner.SegmentService;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One newsletter: write it (WYSIWYG), choose its audience and see who is left out and why, preview it as a
 * given recipient on desktop or mobile width, send a test, send or schedule it, then watch it go out.
 */
@Route("newsletters/:campaignId(new|\\d+)")
@RolesAllowed(Role.VIEWER_NAME)
public class CampaignEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PARIS);

    private final CampaignService campaigns;
    private final SegmentService segments;
    private final ImageService images;
    private final HistoryService history;
    private final boolean canEdit;
    private final String myEmail;
    private CampaignDetails campaign;
    private CampaignForm form;
    // rebuilt on every navigation: the view instance is reused from one campaign to the next
    private Div audienceReport;
    private ComboBox<AudienceMember> previewAs;
    private RadioButtonGroup<String> width;
    private IFrame preview;
    private ProgressBar progressBar;
    private Span progressText;
    private Paragraph pausedReason;
    private Paragraph duplicates;
    private Grid<RecipientRow> recipients;
    private Select<RecipientStatus> recipientStatus;
    private HorizontalLayout actions;
    private H2 title;
    private Span status;
    private Registration poll;

    CampaignEditorView(
            CampaignService campaigns,
            SegmentService segments,
            ImageService images,
            HistoryService history,
            UserService users,
            AuthenticationContext auth) {
        this.campaigns = campaigns;
        this.history = history;
        this.segments = segments;
        this.images = images;
        this.canEdit = auth.hasRole(Role.OFFICER_NAME);
        this.myEmail = auth.getPrincipalName()
                .flatMap(users::findByUsername)
                .map(UserSummary::email)
                .orElse("");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("campaignId").orElse("new");
        if ("new".equals(id)) {
            if (!canEdit) {
                event.forwardTo(CampaignListView.class);
                return;
            }
            campaign = null;
        } else {
            try {
                campaign = campaigns.get(Long.parseLong(id));
            } catch (NotFoundException e) {
                event.forwardTo(CampaignListView.class);
                Notifications.error(getTranslation("campaign.notFound"));
                return;
            }
        }
        build();
    }

    private void build() {
        removeAll();
        audienceReport = new Div();
        previewAs = new ComboBox<>();
        width = new RadioButtonGroup<>();
        preview = new IFrame();
        progressBar = new ProgressBar();
        progressText = new Span();
        pausedReason = new Paragraph();
        duplicates = new Paragraph();
        recipients = new Grid<>();
        recipientStatus = new Select<>();
        actions = new HorizontalLayout();
        title = new H2();
        status = new Span();
        form = new CampaignForm(segments.all(), images, canEdit, this::refreshAudience);
        form.read(
                campaign == null
                        ? new CampaignDraft("", null, "<p>Bonjour {{prenom|Madame, Monsieur}},</p><p></p>", null, null)
                        : campaign.draft());
        form.setReadOnly(!editable());
        title.setId("campaign-title");
        status.setId("campaign-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout head = new HorizontalLayout(title, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setId("campaign-actions");

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("campaign.editor.content"), form.content);
        VerticalLayout audience = new VerticalLayout(form.audience, audienceReport);
        audience.setPadding(false);
        audienceReport.setId("audience-report");
        tabs.add(getTranslation("campaign.editor.audience"), audience);
        tabs.add(getTranslation("campaign.editor.preview"), previewPanel());
        tabs.add(getTranslation("campaign.editor.sending"), sendingPanel());
        if (campaign != null) {
            // read only when opened: a long-running campaign may have many revisions
            Div historyHolder = new Div();
            historyHolder.setWidthFull();
            Tab historyTab = tabs.add(getTranslation("history.tab"), historyHolder);
            historyTab.setId("campaign-history-tab");
            long campaignId = campaign.id();
            tabs.addSelectedChangeListener(e -> {
                if (e.getSelectedTab() == historyTab
                        && historyHolder.getChildren().findAny().isEmpty()) {
                    historyHolder.add(HistoryPanel.of(history, "Campaign", campaignId));
                }
            });
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab().getLabel().equals(getTranslation("campaign.editor.preview"))) {
                refreshPreviewRecipients();
            }
        });
        if (campaign != null && !campaign.status().isEditable()) {
            tabs.setSelectedIndex(3);
        }
        add(head, actions, tabs);
        refreshHeader();
        refreshAudience();
    }

    private boolean editable() {
        return canEdit && (campaign == null || campaign.status().isEditable());
    }

    private void refreshHeader() {
        title.setText(
                campaign == null
                        ? getTranslation("campaigns.new")
                        : campaign.draft().subject());
        status.setText(getTranslation(
                "campaignStatus." + (campaign == null ? CampaignStatus.DRAFT : campaign.status()).name()));
        actions.removeAll();
        if (!canEdit) {
            return;
        }
        CampaignStatus s = campaign == null ? CampaignStatus.DRAFT : campaign.status();
        if (s.isEditable()) {
            Button save = new Button(getTranslation("campaign.save"), VaadinIcon.CHECK.create(), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("campaign-save");
            Button test = new Button(getTranslation("campaign.sendTest"), VaadinIcon.ENVELOPE_O.create(), e -> test());
            test.setId("campaign-test");
            Button send =
                    new Button(getTranslation("campaign.send"), VaadinIcon.PAPERPLANE.create(), e -> confirmSend());
            send.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            send.setId("campaign-send");
            actions.add(save, test, send);
            if (campaign != null) {
                Button delete = new Button(getTranslation("campaign.delete"), VaadinIcon.TRASH.create(), e -> delete());
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(delete);
            }
        }
        if (s == CampaignStatus.SENDING || s == CampaignStatus.SCHEDULED) {
            actions.add(button("campaign.pause", VaadinIcon.PAUSE, "campaign-pause", () -> campaigns.pause(id())));
        }
        if (s == CampaignStatus.PAUSED) {
            actions.add(button("campaign.resume", VaadinIcon.PLAY, "campaign-resume", () -> campaigns.resume(id())));
        }
        if (s.canMoveTo(CampaignStatus.CANCELLED)) {
            actions.add(button("campaign.cancel", VaadinIcon.STOP, "campaign-cancel", () -> campaigns.cancel(id())));
        }
        if (campaign != null) {
            Button duplicate = new Button(getTranslation("campaign.duplicate"), VaadinIcon.COPY.create(), e -> {
                CampaignDetails copy = campaigns.duplicate(id());
                getUI().ifPresent(ui -> ui.navigate("newsletters/" + copy.id()));
            });
            duplicate.setId("campaign-duplicate");
            actions.add(duplicate);
        }
    }

    private Button button(String key, VaadinIcon icon, String id, java.util.function.Supplier<CampaignDetails> action) {
        Button b = new Button(getTranslation(key), icon.create(), e -> {
            if (ServiceErrors.run(() -> campaign = action.get(), Map.of())) {
                refreshHeader();
                refreshProgress();
            }
        });
        b.setId(id);
        return b;
    }

    private long id() {
        return campaign.id();
    }

    private boolean save() {
        CampaignDraft draft = form.write();
        if (draft == null) {
            return false;
        }
        boolean created = campaign == null;
        boolean ok = ServiceErrors.run(
                () -> campaign =
                        created ? campaigns.create(draft) : campaigns.update(campaign.id(), campaign.version(), draft),
                form.fields());
        if (ok) {
            Notifications.success(getTranslation("campaign.saved"));
            if (created) {
                getUI().ifPresent(ui -> ui.navigate("newsletters/" + campaign.id()));
            } else {
                refreshHeader();
            }
        }
        return ok;
    }

    private void test() {
        Dialog d = new Dialog(getTranslation("campaign.sendTest"));
        EmailField to = new EmailField(getTranslation("campaign.testTo"));
        to.setValue(myEmail == null ? "" : myEmail);
        to.setWidth("22rem");
        to.setId("campaign-test-to");
        d.add(to);
        Button ok = new Button(getTranslation("campaign.sendTest"), e -> {
            if (ServiceErrors.run(() -> campaigns.sendTest(form.current(), to.getValue()), Map.of("to", to))) {
                Notifications.success(getTranslation("campaign.testSent", to.getValue()));
                d.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("campaign-test-send");
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }

    private void confirmSend() {
        if (!save() || campaign == null) {
            return;
        }
        AudienceReport report = campaigns.audience(campaign.draft());
        long excluded = report.total() - report.recipients();
        Dialog d = new Dialog(getTranslation("campaign.confirmSend.title"));
        d.setId("send-dialog");
        Paragraph text = new Paragraph(getTranslation(
                "campaign.confirmSend.text",
                campaign.draft().subject(),
                FrenchFormats.count(report.recipients(), getLocale()),
                FrenchFormats.count(excluded, getLocale())));
        text.setId("send-dialog-text");
        DateTimePicker at = new DateTimePicker(getTranslation("campaign.scheduleAt"));
        at.setLocale(getLocale());
        at.setMin(LocalDateTime.now(PARIS));
        Button later = new Button(getTranslation("campaign.confirmSend.later"), VaadinIcon.CLOCK.create(), e -> {
            if (at.getValue() == null) {
                at.setInvalid(true);
                return;
            }
            if (ServiceErrors.run(
                    () -> campaign = campaigns.schedule(
                            id(),
                            campaign.version(),
                            at.getValue().atZone(PARIS).toInstant()),
                    Map.of("scheduledAt", at))) {
                Notifications.success(getTranslation("campaign.scheduled", AT.format(campaign.scheduledAt())));
                d.close();
                build();
            }
        });
        Button now = new Button(getTranslation("campaign.confirmSend.now"), VaadinIcon.PAPERPLANE.create(), e -> {
            if (ServiceErrors.run(() -> campaign = campaigns.send(id(), campaign.version()), Map.of())) {
                Notifications.success(getTranslation("campaign.sentStarted"));
                d.close();
                build();
            }
        });
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        now.setId("send-now");
        d.add(text, at);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), later, now);
        d.open();
    }

    private void delete() {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("campaign.delete"), campaign.draft().subject(), getTranslation("campaign.delete"), e -> {
                    campaigns.delete(id());
                    Notifications.success(getTranslation("campaign.deleted"));
                    getUI().ifPresent(ui -> ui.navigate("newsletters"));
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void refreshAudience() {
        if (form == null) {
            return;
        }
        AudienceReport r = campaigns.audience(form.current());
        audienceReport.removeAll();
        Paragraph count = new Paragraph(getTranslation(
                "campaign.audience.count",
                FrenchFormats.count(r.recipients(), getLocale()),
                FrenchFormats.count(r.total(), getLocale())));
        count.setId("audience-count");
        count.getStyle().set("font-weight", "bold");
        String why = r.excluded().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("exclusion." + e.getKey().name()) + " : "
                        + FrenchFormats.count(e.getValue(), getLocale()))
                .collect(Collectors.joining(" · "));
        Paragraph excluded = new Paragraph(
                why.isEmpty()
                        ? getTranslation("campaign.audience.none")
                        : getTranslation("campaign.audience.excluded", why));
        excluded.setId("audience-excluded");
        audienceReport.add(count, excluded);
    }

    private VerticalLayout previewPanel() {
        previewAs.setLabel(getTranslation("campaign.previewAs"));
        previewAs.setPlaceholder(getTranslation("campaign.previewSample"));
        previewAs.setItemLabelGenerator(m -> (m.firstName() == null ? "" : m.firstName() + " ") + m.lastName() + " – "
                + (m.partnerName() == null ? "" : m.partnerName()));
        previewAs.setClearButtonVisible(true);
        previewAs.setWidth("24rem");
        previewAs.addValueChangeListener(e -> refreshPreview());
        width.setItems("desktop", "mobile");
        width.setItemLabelGenerator(w -> getTranslation("campaign." + w));
        width.setValue("desktop");
        width.addValueChangeListener(e -> refreshPreview());
        preview.getElement().setAttribute("sandbox", "");
        preview.setHeight("640px");
        preview.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("background", "white");
        preview.setId("campaign-preview");
        HorizontalLayout bar = new HorizontalLayout(previewAs, width);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(bar, preview);
        panel.setPadding(false);
        panel.setHorizontalComponentAlignment(FlexComponent.Alignment.CENTER, preview);
        return panel;
    }

    private void refreshPreviewRecipients() {
        List<AudienceMember> sample = campaigns.sampleRecipients(form.current(), 50);
        previewAs.setItems(sample);
        refreshPreview();
    }

    private void refreshPreview() {
        RenderedMessage m = campaigns.preview(form.current(), previewAs.getValue());
        preview.getElement().setAttribute("srcdoc", m.html());
        preview.setWidth("mobile".equals(width.getValue()) ? "375px" : "100%");
    }

    private VerticalLayout sendingPanel() {
        progressBar.setWidthFull();
        progressBar.setId("campaign-progress");
        progressText.setId("campaign-progress-text");
        pausedReason.setId("campaign-paused-reason");
        pausedReason.getStyle().set("color", "var(--lumo-error-text-color)");
        duplicates.getStyle().set("color", "var(--lumo-warning-text-color, #a35a00)");
        recipientStatus.setItems(RecipientStatus.values());
        recipientStatus.setEmptySelectionAllowed(true);
        recipientStatus.setEmptySelectionCaption(getTranslation("campaign.recipients.all"));
        recipientStatus.setItemLabelGenerator(s ->
                s == null ? getTranslation("campaign.recipients.all") : getTranslation("recipientStatus." + s.name()));
        recipientStatus.addValueChangeListener(e -> recipients.getDataProvider().refreshAll());
        recipients
                .addColumn(RecipientRow::email)
                .setHeader(getTranslation("campaign.recipients.email"))
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        recipients.addColumn(RecipientRow::name).setHeader(getTranslation("campaign.recipients.name"));
        recipients.addColumn(RecipientRow::partnerName).setHeader(getTranslation("campaign.recipients.partner"));
        recipients
                .addColumn(r -> getTranslation("recipientStatus." + r.status().name())
                        + (r.possibleDuplicate() ? " ⚠" : "")
                        + (r.unsubscribed() ? " · " + getTranslation("campaign.recipients.unsubscribed") : ""))
                .setHeader(getTranslation("campaigns.status"))
                .setKey("status")
                .setSortable(true);
        recipients.addColumn(RecipientRow::attempts).setHeader(getTranslation("campaign.recipients.attempts"));
        recipients
                .addColumn(r -> r.sentAt() == null ? "" : AT.format(r.sentAt()))
                .setHeader(getTranslation("campaign.recipients.sentAt"))
                .setKey("sentAt")
                .setSortable(true);
        recipients
                .addColumn(RecipientRow::lastError)
                .setHeader(getTranslation("campaign.recipients.error"))
                .setFlexGrow(2);
        recipients.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        recipients.setHeight("420px");
        recipients.setId("campaign-recipients");
        if (campaign != null) {
            long id = campaign.id();
            recipients.setItems(
                    q -> campaigns
                            .recipients(
                                    id,
                                    recipientStatus.getValue(),
                                    false,
                                    VaadinSpringDataHelpers.toSpringPageRequest(q))
                            .stream(),
                    q -> (int) campaigns.countRecipients(id, recipientStatus.getValue(), false));
        }
        VerticalLayout panel =
                new VerticalLayout(progressBar, progressText, pausedReason, duplicates, recipientStatus, recipients);
        panel.setPadding(false);
        refreshProgress();
        return panel;
    }

    private void refreshProgress() {
        CampaignProgress p = campaign == null ? CampaignProgress.EMPTY : campaigns.progress(campaign.id());
        progressBar.setValue(p.done());
        progressText.setText(getTranslation(
                "campaign.progress",
                FrenchFormats.count(p.sent(), getLocale()),
                FrenchFormats.count(p.pending(), getLocale()),
                FrenchFormats.count(p.failed(), getLocale()),
                FrenchFormats.count(p.suppressed(), getLocale())));
        String reason = campaign == null ? null : campaign.pausedReason();
        pausedReason.setText(reason == null ? "" : getTranslation("campaign.pausedBecause", reason));
        pausedReason.setVisible(reason != null);
        duplicates.setText(getTranslation("campaign.possibleDuplicates", p.possibleDuplicates()));
        duplicates.setVisible(p.possibleDuplicates() > 0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(1000);
        poll = ui.addPollListener(e -> {
            if (campaign == null) {
                return;
            }
            CampaignStatus before = campaign.status();
            if (before == CampaignStatus.SENDING || before == CampaignStatus.SCHEDULED) {
                campaign = campaigns.get(campaign.id());
                refreshProgress();
                recipients.getDataProvider().refreshAll();
                if (campaign.status() != before) {
                    refreshHeader();
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (poll != null) {
            poll.remove();
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return campaign == null
                ? getTranslation("campaigns.new")
                : campaign.draft().subject();
    }
}
