package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.PaymentInput;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A list of payment claims; finance records what was cashed on a sent claim. Small lists (one
 * commitment or one project), so buttons in cells are fine.
 */
class ClaimsGrid extends VerticalLayout {

    private final ClaimService claims;
    private final Supplier<List<ClaimSummary>> source;
    private final Runnable afterChange;
    private final Grid<ClaimSummary> grid = new Grid<>();

    ClaimsGrid(
            ClaimService claims,
            Supplier<List<ClaimSummary>> source,
            Function<Long, String> commitmentTitle,
            Runnable afterChange) {
        this.claims = claims;
        this.source = source;
        this.afterChange = afterChange;
        setPadding(false);
        if (commitmentTitle != null) {
            grid.addColumn(c -> commitmentTitle.apply(c.commitmentId()))
                    .setHeader(getTranslation("claims.commitment"))
                    .setFlexGrow(3);
        }
        grid.addColumn(c -> getTranslation("claimType." + c.type().name())).setHeader(getTranslation("claims.type"));
        grid.addColumn(c -> getTranslation("claimStatus." + c.status().name()))
                .setHeader(getTranslation("claims.status"));
        grid.addColumn(c -> FrenchFormats.money(c.amount(), getLocale()))
                .setHeader(getTranslation("claims.amount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FrenchFormats.date(c.sentOn())).setHeader(getTranslation("claims.sentOn"));
        grid.addColumn(c -> c.supportingDocuments().stream()
                        .map(d -> getTranslation("supportingDocument." + d.name()))
                        .sorted()
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("claims.documents"))
                .setFlexGrow(2);
        grid.addColumn(c -> FrenchFormats.money(c.cashedAmount(), getLocale()))
                .setHeader(getTranslation("claims.cashedAmount"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> FrenchFormats.date(c.cashedOn())).setHeader(getTranslation("claims.cashedOn"));
        if (Access.hasRole(Role.FINANCE_NAME)) {
            grid.addComponentColumn(c -> {
                        Button pay = new Button(getTranslation("claims.recordPayment"), e -> openPayment(c));
                        pay.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        pay.setVisible(c.status() == ClaimStatus.SENT);
                        Button reverse = new Button(getTranslation("claims.reversePayment"), e -> openReversal(c));
                        reverse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                        reverse.addClassName("claim-reverse");
                        reverse.setVisible(c.status() == ClaimStatus.PAID);
                        return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(pay, reverse);
                    })
                    .setKey("actions")
                    .setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("claims-grid");
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(source.get());
    }

    /** A payment recorded by mistake is reversed with a reason (a line of its own), never deleted: confirmed first. */
    private void openReversal(ClaimSummary c) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("claims.reversePayment"));
        com.vaadin.flow.component.html.Paragraph what = new com.vaadin.flow.component.html.Paragraph(getTranslation(
                "claims.reverseConfirm",
                FrenchFormats.money(c.cashedAmount(), getLocale()),
                FrenchFormats.date(c.cashedOn())));
        com.vaadin.flow.component.textfield.TextArea reason =
                new com.vaadin.flow.component.textfield.TextArea(getTranslation("money.reason"));
        reason.setId("reversal-reason");
        reason.setRequired(true);
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("claims.reverseDo"), e -> {
            if (ServiceErrors.run(
                    () -> claims.reversePayment(c.id(), c.version(), reason.getValue()), Map.of("reason", reason))) {
                d.close();
                Notifications.success(getTranslation("claims.reversed"));
                refresh();
                afterChange.run();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("reversal-confirm");
        d.add(what, reason);
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), confirm);
        d.open();
    }

    private void openPayment(ClaimSummary c) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("claims.recordPayment"));
        BigDecimalField amount = new BigDecimalField(getTranslation("claims.cashedAmount"));
        amount.setValue(c.amount());
        amount.setId("payment-amount");
        FrenchDatePicker on = new FrenchDatePicker(getTranslation("claims.cashedOn"));
        on.setValue(LocalDate.now());
        Button save = new Button(getTranslation("action.save"), e -> {
            if (ServiceErrors.run(
                    () -> claims.recordPayment(
                            c.id(),
                            c.version(),
                            // never rounded here: more than two decimals are refused with the field's message
                            new PaymentInput(amount.getValue(), on.getValue())),
                    Map.of("cashedAmount", amount, "cashedOn", on))) {
                d.close();
                Notifications.success(getTranslation("claims.paymentRecorded"));
                refresh();
                afterChange.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("payment-save");
        d.add(new FormLayout(amount, on));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }
}
