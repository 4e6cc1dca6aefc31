package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.partner.PartnerType;
import fr.levier.partner.RelationshipStatus;
import fr.levier.partner.SegmentCriteria;
import fr.levier.partner.SegmentCriterionProvider;
import fr.levier.partner.SegmentDraft;
import fr.levier.partner.SegmentMember;
import fr.levier.partner.SegmentService;
import fr.levier.partner.SegmentView;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** Segments: saved filters with their live counts, and a preview of the contacts they reach. */
@Route("segments")
@Menu(title = "nav.segments", order = 23, icon = "vaadin:filter")
@RolesAllowed(Role.VIEWER_NAME)
public class SegmentsView extends HorizontalLayout implements HasDynamicTitle {

    private final SegmentService segments;
    private final Grid<SegmentView> list = new Grid<>();
    private final TextField name = new TextField();
    private final ComboBox<PartnerType> type = new ComboBox<>();
    private final ComboBox<RelationshipStatus> status = new ComboBox<>();
    private final ComboBox<String> officer = new ComboBox<>();
    private final TextField town = new TextField();
    private final TextField tag = new TextField();
    private final Checkbox investInRomans = new Checkbox();
    private final Checkbox consent = new Checkbox();
    private final ComboBox<SegmentCriterionProvider.Choice> project = new ComboBox<>();
    private final ComboBox<SegmentCriterionProvider.Choice> programme = new ComboBox<>();
    private final Span count = new Span();
    private final Grid<SegmentMember> members = new Grid<>();
    private SegmentView current;

    SegmentsView(SegmentService segments, UserService users) {
        this.segments = segments;
        setSizeFull();
        list.addColumn(SegmentView::name)
                .setHeader(getTranslation("segment.name"))
                .setFlexGrow(3);
        list.addColumn(s -> FrenchFormats.count(s.partners(), getLocale()))
                .setHeader(getTranslation("segment.partners"));
        list.addColumn(s -> FrenchFormats.count(s.contacts(), getLocale()))
                .setHeader(getTranslation("segment.contacts"));
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        list.setId("segment-list");
        list.setWidth("40%");
        list.setHeightFull();

        name.setLabel(getTranslation("segment.name"));
        name.setId("segment-name");
        type.setLabel(getTranslation("partners.type"));
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(t -> getTranslation("partnerType." + t.name()));
        type.setClearButtonVisible(true);
        status.setLabel(getTranslation("partners.status"));
        status.setItems(RelationshipStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("relationship." + s.name()));
        status.setClearButtonVisible(true);
        officer.setLabel(getTranslation("partners.officer"));
        officer.setItems(users.officers().stream().map(UserSummary::username).toList());
        officer.setClearButtonVisible(true);
        town.setLabel(getTranslation("partners.town"));
        tag.setLabel(getTranslation("partner.tag"));
        town.setValueChangeMode(ValueChangeMode.LAZY);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        investInRomans.setLabel(getTranslation("segment.investInRomansOnly"));
        consent.setLabel(getTranslation("segment.consentOnly"));
        project.setLabel(getTranslation("segment.project"));
        project.setId("segment-project");
        project.setItems(segments.criterionChoices(SegmentCriterionProvider.Kind.PROJECT));
        project.setItemLabelGenerator(SegmentCriterionProvider.Choice::label);
        project.setClearButtonVisible(true);
        programme.setLabel(getTranslation("segment.programme"));
        programme.setId("segment-programme");
        programme.setItems(segments.criterionChoices(SegmentCriterionProvider.Kind.PROGRAMME));
        programme.setItemLabelGenerator(SegmentCriterionProvider.Choice::label);
        programme.setClearButtonVisible(true);
        project.addValueChangeListener(e -> recount());
        programme.addValueChangeListener(e -> recount());
        count.setId("segment-count");
        count.getStyle().set("font-weight", "600");
        type.addValueChangeListener(e -> recount());
        status.addValueChangeListener(e -> recount());
        officer.addValueChangeListener(e -> recount());
        town.addValueChangeListener(e -> recount());
        tag.addValueChangeListener(e -> recount());
        investInRomans.addValueChangeListener(e -> recount());
        consent.addValueChangeListener(e -> recount());

        members.addColumn(SegmentMember::lastName)
                .setHeader(getTranslation("contact.lastName"))
                .setKey("lastName")
                .setSortable(true);
        members.addColumn(SegmentMember::firstName)
                .setHeader(getTranslation("contact.firstName"))
                .setKey("firstName")
                .setSortable(true);
        members.addColumn(SegmentMember::email)
                .setHeader(getTranslation("contact.email"))
                .setKey("email")
                .setSortable(true)
                .setFlexGrow(2);
        members.addThemeVariants(GridVariant.LUMO_COMPACT);
        members.setItems(
                q -> segments.membersOf(criteria(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) segments.countMembers(criteria()));

        FormLayout form =
                new FormLayout(name, type, status, officer, town, tag, project, programme, investInRomans, consent);
        VerticalLayout editor = new VerticalLayout(form, count);
        if (Access.hasRole(Role.OFFICER_NAME)) {
            Button save = new Button(getTranslation("action.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("segment-save");
            Button fresh = new Button(getTranslation("segment.new"), VaadinIcon.PLUS.create(), e -> list.deselectAll());
            Button delete = new Button(getTranslation("segment.delete"), VaadinIcon.TRASH.create(), e -> {
                if (current != null) {
                    segments.delete(current.id());
                    reload();
                }
            });
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            editor.add(new HorizontalLayout(save, fresh, delete));
        }
        editor.add(new H3(getTranslation("segment.members")), members);
        editor.setSizeFull();
        add(list, editor);
        reload();
        show(null);
    }

    private SegmentCriteria criteria() {
        return new SegmentCriteria(
                type.getValue(),
                status.getValue(),
                officer.getValue(),
                town.getValue(),
                tag.getValue(),
                investInRomans.getValue(),
                consent.getValue(),
                project.getValue() == null ? null : project.getValue().id(),
                programme.getValue() == null ? null : programme.getValue().id());
    }

    private void recount() {
        SegmentCriteria c = criteria();
        long partnerCount = segments.countPartners(c);
        long memberCount = segments.countMembers(c);
        count.setText(getTranslation(
                "segment.count",
                FrenchFormats.count(partnerCount, getLocale()),
                FrenchFormats.count(memberCount, getLocale()),
                partnerCount,
                memberCount));
        members.getDataProvider().refreshAll();
    }

    private void show(SegmentView s) {
        current = s;
        SegmentCriteria c = s == null ? SegmentCriteria.NONE : s.criteria();
        name.setValue(s == null ? "" : s.name());
        type.setValue(c.type());
        status.setValue(c.status());
        officer.setValue(c.officerUsername());
        town.setValue(c.town() == null ? "" : c.town());
        tag.setValue(c.tag() == null ? "" : c.tag());
        investInRomans.setValue(c.investInRomansOnly());
        consent.setValue(c.consentOnly());
        project.setValue(choice(project, c.projectId()));
        programme.setValue(choice(programme, c.programmeId()));
        recount();
    }

    private static SegmentCriterionProvider.Choice choice(ComboBox<SegmentCriterionProvider.Choice> box, Long id) {
        return id == null
                ? null
                : box.getListDataView()
                        .getItems()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElse(null);
    }

    private void save() {
        SegmentDraft draft = new SegmentDraft(name.getValue(), criteria());
        SegmentView[] saved = new SegmentView[1];
        if (ServiceErrors.run(
                () -> saved[0] = current == null
                        ? segments.create(draft)
                        : segments.update(current.id(), current.version(), draft),
                Map.of("name", name, "criteria.projectId", project, "criteria.programmeId", programme))) {
            Notifications.success(getTranslation("segment.saved"));
            reload();
            list.select(saved[0]);
        }
    }

    private void reload() {
        list.setItems(segments.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("segments.title");
    }
}
