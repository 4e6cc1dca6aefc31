package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.levier.funding.ClaimInput;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimType;
import fr.levier.funding.SupportingDocument;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import java.math.RoundingMode;
import java.util.Map;

/** Prepares a new payment claim on a commitment; the service checks the programme's ceilings. */
class ClaimForm extends VerticalLayout {

    ClaimForm(ClaimService claims, long commitmentId, Runnable afterSave) {
        setPadding(false);
        ComboBox<ClaimType> type = new ComboBox<>(getTranslation("claims.type"));
        type.setItems(ClaimType.values());
        type.setItemLabelGenerator(t -> getTranslation("claimType." + t.name()));
        type.setValue(ClaimType.ADVANCE);
        type.setId("claim-type");
        BigDecimalField amount = new BigDecimalField(getTranslation("claims.amount"));
        amount.setSuffixComponent(new Span("€"));
        amount.setId("claim-amount");
        ComboBox<ClaimStatus> status = new ComboBox<>(getTranslation("claims.status"));
        status.setItems(ClaimStatus.DRAFT, ClaimStatus.SENT, ClaimStatus.REJECTED);
        status.setItemLabelGenerator(s -> getTranslation("claimStatus." + s.name()));
        status.setValue(ClaimStatus.DRAFT);
        FrenchDatePicker sentOn = new FrenchDatePicker(getTranslation("claims.sentOn"));
        CheckboxGroup<SupportingDocument> docs = new CheckboxGroup<>(getTranslation("claims.documents"));
        docs.setItems(SupportingDocument.values());
        docs.setItemLabelGenerator(d -> getTranslation("supportingDocument." + d.name()));
        Button add = new Button(getTranslation("claims.add"), e -> {
            amount.setInvalid(false);
            if (ServiceErrors.run(
                    () -> claims.create(
                            commitmentId,
                            new ClaimInput(
                                    type.getValue(),
                                    amount.getValue() == null
                                            ? null
                                            : amount.getValue().setScale(2, RoundingMode.HALF_UP),
                                    sentOn.getValue(),
                                    status.getValue(),
                                    docs.getValue())),
                    Map.of("amount", amount, "sentOn", sentOn, "status", status, "type", type))) {
                Notifications.success(getTranslation("claims.created"));
                amount.clear();
                afterSave.run();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("claim-add");
        FormLayout form = new FormLayout(type, amount, status, sentOn, docs);
        form.setColspan(docs, 2);
        add(form, add);
    }
}
