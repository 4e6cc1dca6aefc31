package fr.levier.funding.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.ProgrammeSummary;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.shared.DossierDates;
import fr.levier.shared.ui.FrenchDatePicker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The commitment form. Owns its binder; fires a save event and saves nothing itself. */
class CommitmentForm extends VerticalLayout {

    final ComboBox<PartnerSummary> partner = new ComboBox<>();
    final ComboBox<ProgrammeSummary> programme = new ComboBox<>();
    final TextField title = new TextField();
    final ComboBox<CommitmentKind> kind = new ComboBox<>();
    final BigDecimalField amountRequested = new BigDecimalField();
    final BigDecimalField amountAwarded = new BigDecimalField();
    final BigDecimalField counterpartValue = new BigDecimalField();
    final TextField counterpartDescription = new TextField();
    final Checkbox extensionGranted = new Checkbox();
    final FrenchDatePicker ownDeadline;
    final TextArea notes = new TextArea();
    private final Map<String, FrenchDatePicker> dates = new LinkedHashMap<>();
    private final Binder<Form> binder = new Binder<>();
    private final Button save = new Button();
    private final PartnerService partners;

    CommitmentForm(PartnerService partners, List<ProgrammeSummary> programmes) {
        this.partners = partners;
        setPadding(false);
        partner.setLabel(getTranslation("commitments.partner"));
        partner.setItems(q -> partners
                .find(
                        new PartnerFilter(q.getFilter().orElse(null), null, null),
                        PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("name")))
                .stream());
        partner.setItemLabelGenerator(PartnerSummary::name);
        partner.setId("commitment-partner");
        programme.setLabel(getTranslation("commitments.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        programme.setClearButtonVisible(true);
        programme.setId("commitment-programme");
        title.setLabel(getTranslation("commitments.title"));
        title.setId("commitment-title");
        kind.setLabel(getTranslation("commitments.kind"));
        kind.setItems(CommitmentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("commitmentKind." + k.name()));
        kind.setId("commitment-kind");
        amountRequested.setLabel(getTranslation("commitments.requested"));
        amountRequested.setId("commitment-requested");
        amountAwarded.setLabel(getTranslation("commitments.awarded"));
        amountAwarded.setId("commitment-awarded");
        counterpartValue.setLabel(getTranslation("commitments.counterpartValue"));
        counterpartDescription.setLabel(getTranslation("commitments.counterpartDescription"));
        for (BigDecimalField f : List.of(amountRequested, amountAwarded, counterpartValue)) {
            f.setSuffixComponent(new Span("€"));
        }
        extensionGranted.setLabel(getTranslation("commitments.extensionGranted"));
        ownDeadline = new FrenchDatePicker(getTranslation("commitments.ownDeadline"));
        notes.setLabel(getTranslation("commitments.notes"));
        for (String d : List.of(
                "openedOn",
                "submittedOn",
                "completeOn",
                "decidedOn",
                "notifiedOn",
                "conventionSignedOn",
                "worksStartedOn",
                "completionDeclaredOn")) {
            FrenchDatePicker p = new FrenchDatePicker(getTranslation("dates." + d));
            p.setClearButtonVisible(true);
            p.setId("commitment-" + d);
            dates.put(d, p);
        }
        String required = getTranslation("validation.required");
        binder.forField(partner).asRequired(required).bind(f -> f.partner, (f, v) -> f.partner = v);
        binder.forField(programme).bind(f -> f.programme, (f, v) -> f.programme = v);
        binder.forField(title).asRequired(required).bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(kind).asRequired(required).bind(f -> f.kind, (f, v) -> f.kind = v);
        binder.forField(amountRequested).asRequired(required).bind(f -> f.requested, (f, v) -> f.requested = v);
        binder.forField(amountAwarded).bind(f -> f.awarded, (f, v) -> f.awarded = v);
        binder.forField(counterpartValue).bind(f -> f.counterpart, (f, v) -> f.counterpart = v);
        binder.forField(counterpartDescription)
                .bind(f -> f.counterpartDescription, (f, v) -> f.counterpartDescription = v);
        binder.forField(extensionGranted).bind(f -> f.extension, (f, v) -> f.extension = v);
        binder.forField(ownDeadline).bind(f -> f.ownDeadline, (f, v) -> f.ownDeadline = v);
        binder.forField(notes).bind(f -> f.notes, (f, v) -> f.notes = v);
        dates.forEach(
                (name, picker) -> binder.forField(picker).bind(f -> f.dates.get(name), (f, v) -> f.dates.put(name, v)));
        binder.setBean(new Form());

        FormLayout main = new FormLayout(
                partner,
                programme,
                title,
                kind,
                amountRequested,
                amountAwarded,
                counterpartValue,
                counterpartDescription);
        FormLayout dateForm = new FormLayout();
        dates.values().forEach(dateForm::add);
        dateForm.add(ownDeadline, extensionGranted);
        dateForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("commitment-save");
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this, binder.getBean().toInput()));
            }
        });
        add(main, new H4(getTranslation("commitments.section.dates")), dateForm, notes, new HorizontalLayout(save));
        notes.setWidthFull();
    }

    void setInput(CommitmentInput in, PartnerSummary partnerSummary, List<ProgrammeSummary> programmes) {
        Form f = new Form();
        f.partner = partnerSummary;
        f.programme = in.programmeId() == null
                ? null
                : programmes.stream()
                        .filter(p -> p.id().equals(in.programmeId()))
                        .findFirst()
                        .orElse(null);
        f.title = in.title();
        f.kind = in.kind();
        f.requested = in.amountRequested();
        f.awarded = in.amountAwarded();
        f.counterpart = in.counterpartValue();
        f.counterpartDescription = in.counterpartDescription();
        f.extension = Boolean.TRUE.equals(in.extensionGranted());
        f.ownDeadline = in.ownDeadline();
        f.notes = in.notes();
        DossierDates d = in.dates() == null ? DossierDates.NONE : in.dates();
        f.dates.put("openedOn", d.openedOn());
        f.dates.put("submittedOn", d.submittedOn());
        f.dates.put("completeOn", d.completeOn());
        f.dates.put("decidedOn", d.decidedOn());
        f.dates.put("notifiedOn", d.notifiedOn());
        f.dates.put("conventionSignedOn", d.conventionSignedOn());
        f.dates.put("worksStartedOn", d.worksStartedOn());
        f.dates.put("completionDeclaredOn", d.completionDeclaredOn());
        binder.setBean(f);
    }

    void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("partnerId", partner);
        m.put("programmeId", programme);
        m.put("title", title);
        m.put("kind", kind);
        m.put("amountRequested", amountRequested);
        m.put("amountAwarded", amountAwarded);
        m.put("counterpartValue", counterpartValue);
        m.put("status", amountAwarded);
        return m;
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> l) {
        return addListener(SaveEvent.class, l);
    }

    /** The user asks to save. */
    static class SaveEvent extends ComponentEvent<CommitmentForm> {
        private final CommitmentInput input;

        SaveEvent(CommitmentForm source, CommitmentInput input) {
            super(source, false);
            this.input = input;
        }

        CommitmentInput input() {
            return input;
        }
    }

    /** Mutable bean behind the binder. */
    static class Form {
        PartnerSummary partner;
        ProgrammeSummary programme;
        String title;
        CommitmentKind kind = CommitmentKind.GRANT;
        BigDecimal requested;
        BigDecimal awarded;
        BigDecimal counterpart;
        String counterpartDescription;
        boolean extension;
        LocalDate ownDeadline;
        String notes;
        final Map<String, LocalDate> dates = new LinkedHashMap<>();

        CommitmentInput toInput() {
            return CommitmentInput.builder()
                    .partnerId(partner == null ? null : partner.id())
                    .programmeId(programme == null ? null : programme.id())
                    .title(title)
                    .kind(kind)
                    .amountRequested(scale(requested))
                    .amountAwarded(scale(awarded))
                    .counterpartValue(scale(counterpart))
                    .counterpartDescription(counterpartDescription)
                    .dates(new DossierDates(
                            dates.get("openedOn"),
                            dates.get("submittedOn"),
                            dates.get("completeOn"),
                            dates.get("decidedOn"),
                            dates.get("notifiedOn"),
                            dates.get("conventionSignedOn"),
                            dates.get("worksStartedOn"),
                            dates.get("completionDeclaredOn")))
                    .extensionGranted(extension)
                    .ownDeadline(ownDeadline)
                    .notes(notes)
                    .build();
        }

        private static BigDecimal scale(BigDecimal v) {
            return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
        }
    }
}
