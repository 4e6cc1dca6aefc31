package fr.levier.project.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectStatus;
import fr.levier.security.UserSummary;
import fr.levier.shared.DossierDates;
import fr.levier.shared.ui.FrenchDatePicker;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The project form: identity, costs, city self-financing, ownership, the floor exemption and the
 * dossier dates. Owns its binder; fires save and cancel events and saves nothing itself.
 */
public class ProjectEditor extends VerticalLayout {

    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<String> officer = new ComboBox<>();
    private final ComboBox<ProjectStatus> status = new ComboBox<>();
    private final BigDecimalField totalCostExclTax = new BigDecimalField();
    private final BigDecimalField totalCostInclTax = new BigDecimalField();
    private final BigDecimalField eligibleExpense = new BigDecimalField();
    private final BigDecimalField cityFunding = new BigDecimalField();
    private final Checkbox cityOwner = new Checkbox();
    private final Checkbox leadBody = new Checkbox();
    private final TextField floorExemption = new TextField();
    private final FrenchDatePicker openedOn;
    private final FrenchDatePicker submittedOn;
    private final FrenchDatePicker completeOn;
    private final FrenchDatePicker decidedOn;
    private final FrenchDatePicker notifiedOn;
    private final FrenchDatePicker conventionSignedOn;
    private final FrenchDatePicker worksStartedOn;
    private final FrenchDatePicker completionDeclaredOn;
    private final Binder<Form> binder = new Binder<>();
    private final Button save = new Button();

    /** @param officers users who may be put in charge */
    public ProjectEditor(List<UserSummary> officers) {
        setPadding(false);
        code.setLabel(getTranslation("projects.code"));
        code.setId("project-code");
        name.setLabel(getTranslation("projects.name"));
        name.setId("project-name");
        description.setLabel(getTranslation("projects.description"));
        officer.setLabel(getTranslation("projects.officer"));
        Map<String, String> names = new LinkedHashMap<>();
        officers.forEach(u -> names.put(u.username(), u.fullName()));
        officer.setItems(names.keySet());
        officer.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        status.setLabel(getTranslation("projects.status"));
        status.setItems(ProjectStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("projectStatus." + s.name()));
        totalCostExclTax.setLabel(getTranslation("projects.costExclTax"));
        totalCostInclTax.setLabel(getTranslation("projects.costInclTax"));
        eligibleExpense.setLabel(getTranslation("projects.eligibleExpense"));
        cityFunding.setLabel(getTranslation("projects.cityFunding"));
        cityFunding.setId("project-city-funding");
        cityOwner.setLabel(getTranslation("projects.cityOwner"));
        leadBody.setLabel(getTranslation("projects.leadBody"));
        floorExemption.setLabel(getTranslation("projects.floorExemption"));
        floorExemption.setHelperText(getTranslation("projects.floorExemption.help"));
        openedOn = date("dates.openedOn");
        submittedOn = date("dates.submittedOn");
        completeOn = date("dates.completeOn");
        decidedOn = date("dates.decidedOn");
        notifiedOn = date("dates.notifiedOn");
        conventionSignedOn = date("dates.conventionSignedOn");
        worksStartedOn = date("dates.worksStartedOn");
        completionDeclaredOn = date("dates.completionDeclaredOn");
        for (BigDecimalField f : List.of(totalCostExclTax, totalCostInclTax, eligibleExpense, cityFunding)) {
            f.setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
        }

        binder.forField(code).asRequired(getTranslation("validation.required")).bind(Form::getCode, Form::setCode);
        binder.forField(name).asRequired(getTranslation("validation.required")).bind(Form::getName, Form::setName);
        binder.forField(description).bind(Form::getDescription, Form::setDescription);
        binder.forField(officer).bind(Form::getOfficer, Form::setOfficer);
        binder.forField(status)
                .asRequired(getTranslation("validation.required"))
                .bind(Form::getStatus, Form::setStatus);
        binder.forField(totalCostExclTax).bind(Form::getTotalCostExclTax, Form::setTotalCostExclTax);
        binder.forField(totalCostInclTax).bind(Form::getTotalCostInclTax, Form::setTotalCostInclTax);
        binder.forField(eligibleExpense).bind(Form::getEligibleExpense, Form::setEligibleExpense);
        binder.forField(cityFunding).bind(Form::getCityFunding, Form::setCityFunding);
        binder.forField(cityOwner).bind(Form::isCityOwner, Form::setCityOwner);
        binder.forField(leadBody).bind(Form::isLeadBody, Form::setLeadBody);
        binder.forField(floorExemption).bind(Form::getFloorExemption, Form::setFloorExemption);
        for (var date : List.of(
                Map.entry(DossierDates.Step.OPENED, openedOn),
                Map.entry(DossierDates.Step.SUBMITTED, submittedOn),
                Map.entry(DossierDates.Step.COMPLETE, completeOn),
                Map.entry(DossierDates.Step.DECIDED, decidedOn),
                Map.entry(DossierDates.Step.NOTIFIED, notifiedOn),
                Map.entry(DossierDates.Step.CONVENTION_SIGNED, conventionSignedOn),
                Map.entry(DossierDates.Step.WORKS_STARTED, worksStartedOn),
                Map.entry(DossierDates.Step.COMPLETION_DECLARED, completionDeclaredOn))) {
            DossierDates.Step step = date.getKey();
            binder.forField(date.getValue()).bind(f -> f.dates.get(step), (f, v) -> f.dates = f.dates.with(step, v));
        }
        binder.setBean(new Form());

        FormLayout identity = new FormLayout(code, name, status, officer, description);
        identity.setColspan(description, 2);
        FormLayout money = new FormLayout(
                totalCostExclTax, totalCostInclTax, eligibleExpense, cityFunding, cityOwner, leadBody, floorExemption);
        money.setColspan(floorExemption, 2);
        FormLayout dates = new FormLayout(
                openedOn,
                submittedOn,
                completeOn,
                decidedOn,
                notifiedOn,
                conventionSignedOn,
                worksStartedOn,
                completionDeclaredOn);
        dates.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("project-save");
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this, binder.getBean().toInput()));
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        add(
                identity,
                new H4(getTranslation("projects.section.money")),
                money,
                new H4(getTranslation("projects.section.dates")),
                dates,
                new HorizontalLayout(save, cancel));
    }

    private FrenchDatePicker date(String key) {
        FrenchDatePicker p = new FrenchDatePicker(getTranslation(key));
        p.setClearButtonVisible(true);
        return p;
    }

    /** Fills the form with a project's values. */
    public void setInput(ProjectInput in) {
        binder.setBean(Form.of(in));
    }

    /** @return the values currently in the form */
    public ProjectInput currentInput() {
        return binder.getBean().toInput();
    }

    /** Makes the form read-only (viewers). */
    public void setEditable(boolean editable) {
        binder.setReadOnly(!editable);
        save.setVisible(editable);
    }

    /** @return the fields by the names the service uses in its errors */
    public Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("totalCostExclTax", totalCostExclTax);
        m.put("totalCostInclTax", totalCostInclTax);
        m.put("eligibleExpense", eligibleExpense);
        m.put("cityFunding", cityFunding);
        m.put("floorExemption", floorExemption);
        return m;
    }

    void focusError() {
        fields().values().stream()
                .filter(HasValidation::isInvalid)
                .findFirst()
                .ifPresent(f -> ((com.vaadin.flow.component.Focusable<?>) f).focus());
    }

    /** @return a registration for save events */
    public Registration addSaveListener(ComponentEventListener<SaveEvent> l) {
        return addListener(SaveEvent.class, l);
    }

    /** @return a registration for cancel events */
    public Registration addCancelListener(ComponentEventListener<CancelEvent> l) {
        return addListener(CancelEvent.class, l);
    }

    /** The user asks to save the values. */
    public static class SaveEvent extends ComponentEvent<ProjectEditor> {
        private final ProjectInput input;

        SaveEvent(ProjectEditor source, ProjectInput input) {
            super(source, false);
            this.input = input;
        }

        /** @return the values to save */
        public ProjectInput input() {
            return input;
        }
    }

    /** The user cancels. */
    public static class CancelEvent extends ComponentEvent<ProjectEditor> {
        CancelEvent(ProjectEditor source) {
            super(source, false);
        }
    }

    /** Mutable form bean behind the binder. */
    static class Form {
        private String code;
        private String name;
        private String description;
        private String officer;
        private ProjectStatus status = ProjectStatus.IDEA;
        private BigDecimal totalCostExclTax;
        private BigDecimal totalCostInclTax;
        private BigDecimal eligibleExpense;
        private BigDecimal cityFunding;
        private boolean cityOwner = true;
        private boolean leadBody;
        private String floorExemption;
        private DossierDates dates = DossierDates.NONE;

        static Form of(ProjectInput in) {
            Form f = new Form();
            f.code = in.code();
            f.name = in.name();
            f.description = in.description();
            f.officer = in.officerUsername();
            f.status = in.status();
            f.totalCostExclTax = in.totalCostExclTax();
            f.totalCostInclTax = in.totalCostInclTax();
            f.eligibleExpense = in.eligibleExpense();
            f.cityFunding = in.cityFunding();
            f.cityOwner = in.cityOwner() == null || in.cityOwner();
            f.leadBody = Boolean.TRUE.equals(in.leadBody());
            f.floorExemption = in.floorExemption();
            f.dates = in.dates() == null ? DossierDates.NONE : in.dates();
            return f;
        }

        ProjectInput toInput() {
            return ProjectInput.builder()
                    .code(code)
                    .name(name)
                    .description(description)
                    .officerUsername(officer)
                    .status(status)
                    .totalCostExclTax(scale(totalCostExclTax))
                    .totalCostInclTax(scale(totalCostInclTax))
                    .eligibleExpense(scale(eligibleExpense))
                    .cityFunding(scale(cityFunding))
                    .cityOwner(cityOwner)
                    .leadBody(leadBody)
                    .floorExemption(floorExemption)
                    .dates(dates)
                    .build();
        }

        private static BigDecimal scale(BigDecimal v) {
            return v == null ? null : v.setScale(2, java.math.RoundingMode.HALF_UP);
        }

        String getCode() {
            return code;
        }

        void setCode(String v) {
            code = v;
        }

        String getName() {
            return name;
        }

        void setName(String v) {
            name = v;
        }

        String getDescription() {
            return description;
        }

        void setDescription(String v) {
            description = v;
        }

        String getOfficer() {
            return officer;
        }

        void setOfficer(String v) {
            officer = v;
        }

        ProjectStatus getStatus() {
            return status;
        }

        void setStatus(ProjectStatus v) {
            status = v;
        }

        BigDecimal getTotalCostExclTax() {
            return totalCostExclTax;
        }

        void setTotalCostExclTax(BigDecimal v) {
            totalCostExclTax = v;
        }

        BigDecimal getTotalCostInclTax() {
            return totalCostInclTax;
        }

        void setTotalCostInclTax(BigDecimal v) {
            totalCostInclTax = v;
        }

        BigDecimal getEligibleExpense() {
            return eligibleExpense;
        }

        void setEligibleExpense(BigDecimal v) {
            eligibleExpense = v;
        }

        BigDecimal getCityFunding() {
            return cityFunding;
        }

        void setCityFunding(BigDecimal v) {
            cityFunding = v;
        }

        boolean isCityOwner() {
            return cityOwner;
        }

        void setCityOwner(boolean v) {
            cityOwner = v;
        }

        boolean isLeadBody() {
            return leadBody;
        }

        void setLeadBody(boolean v) {
            leadBody = v;
        }

        String getFloorExemption() {
            return floorExemption;
        }

        void setFloorExemption(String v) {
            floorExemption = v;
        }
    }
}
