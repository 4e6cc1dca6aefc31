package fr.levier.funding.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.levier.funding.ClaimService;
import fr.levier.funding.TermsInput;
import fr.levier.funding.TermsSummary;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The terms of an award on the commitment editor: extensions granted (start, completion, as dates),
 * the date the funder allows the start from, the advance rate variant with its guarantee, the length
 * of the operation (above 48 months: 90 %), and the subsidised and actual eligible expense. The
 * service checks every bound and names the text; the form shows the field's message.
 */
class TermsForm extends VerticalLayout {

    TermsForm(ClaimService claims, long commitmentId, TermsSummary current, boolean editable, Runnable changed) {
        setPadding(false);
        setId("terms-form");
        TermsInput t = current.terms();
        FrenchDatePicker startExtendedTo = date("terms-start-extended", "terms.startExtendedTo", t.startExtendedTo());
        startExtendedTo.setHelperText(getTranslation("terms.startExtendedTo.help"));
        FrenchDatePicker completionExtendedTo =
                date("terms-completion-extended", "terms.completionExtendedTo", t.completionExtendedTo());
        completionExtendedTo.setHelperText(getTranslation("terms.completionExtendedTo.help"));
        FrenchDatePicker startAllowedFrom = date("terms-start-allowed", "terms.startAllowedFrom", t.startAllowedFrom());
        BigDecimalField advancePct = new BigDecimalField(getTranslation("terms.advancePct"));
        advancePct.setId("terms-advance-pct");
        advancePct.setValue(t.advancePct());
        advancePct.setSuffixComponent(new Span("%"));
        advancePct.setHelperText(getTranslation("terms.advancePct.help"));
        Checkbox guarantee = new Checkbox(getTranslation("terms.advanceGuarantee"));
        guarantee.setId("terms-guarantee");
        guarantee.setValue(Boolean.TRUE.equals(t.advanceGuarantee()));
        IntegerField months = new IntegerField(getTranslation("terms.operationMonths"));
        months.setId("terms-months");
        months.setValue(t.operationMonths());
        months.setHelperText(getTranslation("terms.operationMonths.help"));
        BigDecimalField subsidised = money("terms-subsidised", "terms.subsidisedExpense", t.subsidisedExpense());
        BigDecimalField actual = money("terms-actual", "terms.actualEligibleExpense", t.actualEligibleExpense());
        FrenchDatePicker actualOn = date("terms-actual-on", "terms.actualRecordedOn", t.actualRecordedOn());
        FormLayout form = new FormLayout(
                startExtendedTo,
                completionExtendedTo,
                startAllowedFrom,
                advancePct,
                guarantee,
                months,
                subsidised,
                actual,
                actualOn);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("startExtendedTo", startExtendedTo);
        fields.put("completionExtendedTo", completionExtendedTo);
        fields.put("startAllowedFrom", startAllowedFrom);
        fields.put("advancePct", advancePct);
        fields.put("operationMonths", months);
        fields.put("subsidisedExpense", subsidised);
        fields.put("actualEligibleExpense", actual);
        fields.put("actualRecordedOn", actualOn);
        add(form);
        if (!editable) {
            form.getChildren().forEach(c -> c.getElement().setProperty("readonly", true));
            return;
        }
        Button save = new Button(getTranslation("terms.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            TermsInput in = new TermsInput(
                    startExtendedTo.getValue(),
                    completionExtendedTo.getValue(),
                    startAllowedFrom.getValue(),
                    advancePct.getValue(),
                    guarantee.getValue(),
                    months.getValue(),
                    subsidised.getValue(),
                    actual.getValue(),
                    actualOn.getValue());
            if (ServiceErrors.run(() -> claims.updateTerms(commitmentId, current.version(), in), fields)) {
                Notifications.success(getTranslation("terms.saved"));
                changed.run();
            }
        });
        save.setId("terms-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
    }

    private FrenchDatePicker date(String id, String key, java.time.LocalDate value) {
        FrenchDatePicker d = new FrenchDatePicker(getTranslation(key));
        d.setId(id);
        d.setValue(value);
        return d;
    }

    private BigDecimalField money(String id, String key, java.math.BigDecimal value) {
        BigDecimalField f = new BigDecimalField(getTranslation(key));
        f.setId(id);
        f.setValue(value);
        f.setSuffixComponent(new Span("€"));
        return f;
    }
}
