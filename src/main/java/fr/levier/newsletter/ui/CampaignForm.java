package fr.levier.newsletter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.levier.newsletter.CampaignDraft;
import fr.levier.newsletter.ImageService;
import fr.levier.partner.PartnerType;
import fr.levier.partner.SegmentCriteria;
import fr.levier.partner.SegmentView;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.ui.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The campaign form: content (subject, preview text, WYSIWYG body, merge fields, images) and audience
 * (segment and ad-hoc filters). Owns its Binder, produces a {@link CampaignDraft}, saves nothing; it tells
 * the view when the audience changed so the counts follow.
 */
class CampaignForm {

    /** Mutable bean for the Binder. */
    static final class Bean {
        String subject = "";
        String preheader = "";
        String html = "";
        SegmentView segment;
        PartnerType type;
        String town = "";
        String tag = "";
        boolean investInRomans;
        boolean consentOnly;
    }

    private static final String[] FIELDS = {"civilite", "prenom", "nom", "partenaire", "referent"};

    private final Binder<Bean> binder = new Binder<>();
    private final TextField subject = new TextField();
    private final TextField preheader = new TextField();
    final QuillEditor editor = new QuillEditor();
    private final ComboBox<SegmentView> segment = new ComboBox<>();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final TextField town = new TextField();
    private final TextField tag = new TextField();
    private final Checkbox investInRomans = new Checkbox();
    private final Checkbox consentOnly = new Checkbox();
    private final List<SegmentView> segments;
    final VerticalLayout content = new VerticalLayout();
    final FormLayout audience = new FormLayout();

    CampaignForm(List<SegmentView> segments, ImageService images, boolean canEdit, Runnable audienceChanged) {
        this.segments = segments;
        UI ui = UI.getCurrent();
        subject.setLabel(ui.getTranslation("campaign.subject"));
        subject.setWidthFull();
        subject.setMaxLength(200);
        subject.setId("campaign-subject");
        preheader.setLabel(ui.getTranslation("campaign.preheader"));
        preheader.setWidthFull();
        preheader.setMaxLength(200);
        binder.forField(subject)
                .asRequired(ui.getTranslation("validation.required"))
                .bind(b -> b.subject, (b, v) -> b.subject = v);
        binder.forField(preheader).bind(b -> b.preheader, (b, v) -> b.preheader = v);
        binder.forField(editor).bind(b -> b.html, (b, v) -> b.html = v);
        editor.setWidthFull();
        editor.setId("campaign-editor");

        Select<String> field = new Select<>();
        field.setPlaceholder(ui.getTranslation("campaign.insertField"));
        field.setItems(FIELDS);
        field.setItemLabelGenerator(f -> ui.getTranslation("campaign.field." + f));
        field.setId("insert-field");
        field.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                editor.insertAtCursor("{{" + e.getValue() + "}}");
                field.clear();
            }
        });
        TextField imageUrl = new TextField();
        imageUrl.setPlaceholder(ui.getTranslation("campaign.imageUrl"));
        imageUrl.setPattern("https?://.+");
        Button insertImage = new Button(VaadinIcon.PICTURE.create(), e -> {
            if (imageUrl.getValue().matches("https?://\\S+")) {
                editor.insertImage(imageUrl.getValue());
                imageUrl.clear();
            } else {
                imageUrl.setInvalid(true);
            }
        });
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                editor.insertImage(images.store(meta.contentType(), bytes));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        })));
        upload.setMaxFileSize(ImageService.MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(ui.getTranslation("campaign.imageUpload")));
        upload.addFileRejectedListener(e -> Notifications.error(ui.getTranslation("campaign.imageTooBig")));
        HorizontalLayout tools = new HorizontalLayout(field, imageUrl, insertImage, upload);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.setVisible(canEdit);
        Paragraph help = new Paragraph(ui.getTranslation("campaign.fieldsHelp"));
        help.addClassName("levier-help");
        content.setPadding(false);
        content.add(subject, preheader, tools, editor, help);

        segment.setLabel(ui.getTranslation("campaign.segment"));
        segment.setItems(segments);
        segment.setItemLabelGenerator(s -> s.name() + " (" + s.contacts() + ")");
        segment.setPlaceholder(ui.getTranslation("campaign.segment.none"));
        segment.setClearButtonVisible(true);
        segment.setId("campaign-segment");
        type.setLabel(ui.getTranslation("campaign.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> ui.getTranslation("partnerType." + t.name()));
        type.setClearButtonVisible(true);
        town.setLabel(ui.getTranslation("campaign.town"));
        tag.setLabel(ui.getTranslation("campaign.tag"));
        investInRomans.setLabel(ui.getTranslation("campaign.iir"));
        consentOnly.setLabel(ui.getTranslation("campaign.consentOnly"));
        binder.forField(segment).bind(b -> b.segment, (b, v) -> b.segment = v);
        binder.forField(type).bind(b -> b.type, (b, v) -> b.type = v);
        binder.forField(town).bind(b -> b.town, (b, v) -> b.town = v);
        binder.forField(tag).bind(b -> b.tag, (b, v) -> b.tag = v);
        binder.forField(investInRomans).bind(b -> b.investInRomans, (b, v) -> b.investInRomans = v);
        binder.forField(consentOnly).bind(b -> b.consentOnly, (b, v) -> b.consentOnly = v);
        audience.add(segment, type, town, tag, investInRomans, consentOnly);
        audience.setColspan(segment, 2);
        segment.addValueChangeListener(e -> audienceChanged.run());
        type.addValueChangeListener(e -> audienceChanged.run());
        town.addValueChangeListener(e -> audienceChanged.run());
        tag.addValueChangeListener(e -> audienceChanged.run());
        investInRomans.addValueChangeListener(e -> audienceChanged.run());
        consentOnly.addValueChangeListener(e -> audienceChanged.run());
        binder.setReadOnly(!canEdit);
        editor.setReadOnly(!canEdit);
    }

    void read(CampaignDraft d) {
        Bean b = new Bean();
        b.subject = d.subject();
        b.preheader = d.preheader() == null ? "" : d.preheader();
        b.html = d.html() == null ? "" : d.html();
        b.segment = segments.stream()
                .filter(s -> Objects.equals(s.id(), d.segmentId()))
                .findFirst()
                .orElse(null);
        SegmentCriteria f = d.filters() == null ? SegmentCriteria.NONE : d.filters();
        b.type = f.type();
        b.town = f.town() == null ? "" : f.town();
        b.tag = f.tag() == null ? "" : f.tag();
        b.investInRomans = f.investInRomansOnly();
        b.consentOnly = f.consentOnly();
        binder.readBean(b);
    }

    void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
        editor.setReadOnly(readOnly);
    }

    /** @return the draft, or {@code null} (field errors shown) when invalid */
    CampaignDraft write() {
        Bean b = new Bean();
        if (!binder.writeBeanIfValid(b)) {
            return null;
        }
        return toDraft(b);
    }

    /** @return what the fields say now, even if the subject is still empty (audience counts, preview) */
    CampaignDraft current() {
        Bean b = new Bean();
        binder.writeBeanAsDraft(b, true);
        if (b.subject == null || b.subject.isBlank()) {
            b.subject = "—";
        }
        return toDraft(b);
    }

    private static CampaignDraft toDraft(Bean b) {
        return new CampaignDraft(
                b.subject,
                b.preheader,
                b.html,
                b.segment == null ? null : b.segment.id(),
                new SegmentCriteria(b.type, null, null, b.town, b.tag, b.investInRomans, b.consentOnly));
    }

    Map<String, HasValidation> fields() {
        return Map.of("subject", subject, "preheader", preheader, "segmentId", segment);
    }
}
