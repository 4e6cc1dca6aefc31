package fr.levier.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.security.TotpEnrolment;
import fr.levier.security.TwoFactorService;
import fr.levier.shared.ui.ServiceErrors;
import java.util.List;
import java.util.Map;

/**
 * Setting up an authenticator app: the key (and the otpauth link for apps on this device), a first
 * code to prove it works, then the recovery codes, shown once.
 */
class TwoFactorSetup extends Composite<VerticalLayout> {

    TwoFactorSetup(TwoFactorService twoFactor, Runnable done) {
        TotpEnrolment enrolment = twoFactor.startEnrolment();
        Div key = new Div(enrolment.groupedSecret());
        key.setId("two-factor-secret");
        key.addClassName("levier-totp-secret");
        key.getStyle()
                .set("font-family", "monospace")
                .set("font-size", "1.25rem")
                .set("letter-spacing", "0.05em");
        Anchor link = new Anchor(enrolment.otpauthUri(), getTranslation("twoFactor.openApp"));
        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId("two-factor-setup-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button confirm = new Button(getTranslation("twoFactor.confirm"));
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new Paragraph(getTranslation("twoFactor.setupIntro")), key, link, code, confirm);
        confirm.addClickListener(e -> {
            List<String>[] codes = new List[1];
            if (ServiceErrors.run(() -> codes[0] = twoFactor.confirmEnrolment(code.getValue()), Map.of("code", code))) {
                layout.removeAll();
                Pre list = new Pre(String.join("\n", codes[0]));
                list.setId("two-factor-recovery-codes");
                Button cont = new Button(getTranslation("twoFactor.continue"), c -> done.run());
                cont.setId("two-factor-continue");
                cont.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                layout.add(new Paragraph(getTranslation("twoFactor.recoveryIntro")), list, cont);
            }
        });
    }
}
