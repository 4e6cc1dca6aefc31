package fr.levier.funding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.MecenatReceiptService;
import fr.levier.funding.ReceiptSummary;
import fr.levier.funding.Settlement;
import fr.levier.funding.TermsSummary;
import fr.levier.security.Role;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.Notifications;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The money side of a commitment: lapse findings and ceilings (each citing its text), the settlement
 * (received, repaid, final grant, remaining to claim or to repay) and the mécénat receipts.
 */
class MoneyPanel extends VerticalLayout {

    MoneyPanel(CommitmentDetails c, ClaimService claims, MecenatReceiptService receipts, Runnable changed) {
        setPadding(false);
        setSpacing(false);
        setId("commitment-money");
        TermsSummary terms = claims.terms(c.id());
        Div rules = new Div();
        rules.setId("commitment-rules");
        for (String m : terms.messages()) {
            boolean bad = terms.lapse() != null
                    && !terms.lapse().findings().isEmpty()
                    && !m.equals(terms.messages().getLast());
            Div line = new Div(Labels.badge(m, bad ? "error" : "contrast"));
            rules.add(line);
        }
        add(rules);
        if (c.status().isAwarded()) {
            add(new H3(getTranslation("terms.title")));
            add(new TermsForm(
                    claims,
                    c.id(),
                    terms,
                    Access.hasRole(Role.OFFICER_NAME) && c.status() != fr.levier.funding.CommitmentStatus.CLOSED,
                    changed));
        }
        if (c.status().isAwarded()) {
            Settlement s = claims.settlement(c.id());
            Div figures = new Div();
            figures.setId("commitment-settlement");
            figures.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("flex-wrap", "wrap");
            figures.add(figure("settlement-received", "money.received", s.received()));
            if (s.repaid().signum() > 0) {
                figures.add(figure("settlement-repaid", "money.repaid", s.repaid()));
            }
            if (s.finalPayment().finalGrant() != null) {
                figures.add(figure(
                        "settlement-final", "money.finalGrant", s.finalPayment().finalGrant()));
            }
            figures.add(figure(
                    "settlement-remaining", "money.remaining", s.finalPayment().remainingToClaim()));
            if (s.finalPayment().toRepay().signum() > 0) {
                Span repay = Labels.badge(
                        getTranslation(
                                "money.toRepay",
                                FrenchFormats.money(s.finalPayment().toRepay(), getLocale())),
                        "error primary");
                repay.setId("settlement-to-repay");
                figures.add(repay);
            }
            add(figures);
            if (Access.hasRole(Role.FINANCE_NAME)) {
                Button repay =
                        new Button(getTranslation("money.recordRepayment"), e -> openRepayment(c, s, claims, changed));
                repay.setId("repayment-open");
                repay.addThemeVariants(ButtonVariant.LUMO_SMALL);
                add(repay);
            }
            for (var l : s.lines()) {
                add(new Div(new Span(getTranslation(
                        "money.line." + l.kind(),
                        FrenchFormats.date(l.occurredOn()),
                        FrenchFormats.money(l.amount(), getLocale()),
                        l.reason()))));
            }
        }
        if (c.kind() == CommitmentKind.MECENAT || c.kind() == CommitmentKind.IN_KIND) {
            add(new H3(getTranslation("receipts.title")));
            Div list = new Div();
            list.setId("commitment-receipts");
            List<ReceiptSummary> issued = receipts.receipts(c.id());
            for (ReceiptSummary r : issued) {
                Anchor pdf = new Anchor(
                        DownloadHandler.fromInputStream(ev -> {
                            byte[] bytes = receipts.pdf(r.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(bytes),
                                    "recu-" + r.reference() + ".pdf",
                                    "application/pdf",
                                    bytes.length);
                        }),
                        getTranslation(
                                r.cancelledOn() == null ? "receipts.line" : "receipts.lineCancelled",
                                r.reference(),
                                FrenchFormats.money(r.amount(), getLocale()),
                                FrenchFormats.date(r.receivedTo()),
                                r.amountInWords()));
                pdf.addClassName("receipt-line");
                list.add(new Div(pdf));
            }
            add(list);
            if (Access.hasRole(Role.OFFICER_NAME) || Access.hasRole(Role.FINANCE_NAME)) {
                for (ClaimSummary k : claims.claims(c.id())) {
                    if (k.status() == ClaimStatus.PAID
                            && k.receiptId() == null
                            && receipts.mode() == ReceiptSummary.Mode.PER_PAYMENT) {
                        Button issue = new Button(
                                getTranslation(
                                        "receipts.issue",
                                        FrenchFormats.money(k.cashedAmount(), getLocale()),
                                        FrenchFormats.date(k.cashedOn())),
                                e -> {
                                    try {
                                        ReceiptSummary r = receipts.issueForPayment(k.id());
                                        Notifications.success(getTranslation("receipts.issued", r.reference()));
                                        changed.run();
                                    } catch (BusinessRuleException ex) {
                                        Notifications.error(ex.getMessage());
                                    }
                                });
                        issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
                        issue.addClassName("receipt-issue");
                        add(issue);
                    }
                }
            }
        }
    }

    /** Money paid back to the funder: a dated line of its own (at most what is due), confirmed in the dialog. */
    private void openRepayment(CommitmentDetails c, Settlement s, ClaimService claims, Runnable changed) {
        com.vaadin.flow.component.dialog.Dialog d = new com.vaadin.flow.component.dialog.Dialog();
        d.setHeaderTitle(getTranslation("money.recordRepayment"));
        com.vaadin.flow.component.textfield.BigDecimalField amount =
                new com.vaadin.flow.component.textfield.BigDecimalField(getTranslation("money.repaymentAmount"));
        amount.setId("repayment-amount");
        amount.setValue(
                s.finalPayment().toRepay().signum() > 0 ? s.finalPayment().toRepay() : null);
        amount.setHelperText(getTranslation(
                "money.toRepay", FrenchFormats.money(s.finalPayment().toRepay(), getLocale())));
        fr.levier.shared.ui.FrenchDatePicker on =
                new fr.levier.shared.ui.FrenchDatePicker(getTranslation("money.repaymentDate"));
        on.setId("repayment-date");
        on.setValue(java.time.LocalDate.now());
        com.vaadin.flow.component.textfield.TextArea reason =
                new com.vaadin.flow.component.textfield.TextArea(getTranslation("money.reason"));
        reason.setId("repayment-reason");
        reason.setMaxLength(1000);
        Button save = new Button(getTranslation("money.repaymentSave"), e -> {
            if (fr.levier.shared.ui.ServiceErrors.run(
                    () -> claims.recordRepayment(
                            c.id(),
                            new fr.levier.funding.RepaymentInput(amount.getValue(), on.getValue(), reason.getValue())),
                    java.util.Map.of("amount", amount, "paidOn", on, "reason", reason))) {
                d.close();
                Notifications.success(getTranslation("money.repaymentRecorded"));
                changed.run();
            }
        });
        save.setId("repayment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new com.vaadin.flow.component.formlayout.FormLayout(amount, on, reason));
        d.getFooter().add(new Button(getTranslation("action.cancel"), e -> d.close()), save);
        d.open();
    }

    private Span figure(String id, String key, BigDecimal amount) {
        Span s = Labels.badge(getTranslation(key, FrenchFormats.money(amount, getLocale())), "contrast");
        s.setId(id);
        return s;
    }
}
