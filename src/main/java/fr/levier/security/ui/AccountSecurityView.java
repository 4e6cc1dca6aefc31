package fr.levier.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.security.Role;
import fr.levier.security.TwoFactorService;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;

/**
 * "My account — security": switch two-factor on or off, renew recovery codes; for admins, the rule
 * that makes it mandatory for ADMIN and FINANCE accounts.
 */
@Route("account/security")
@Menu(title = "nav.accountSecurity", order = 99, icon = "vaadin:lock")
@PermitAll
public class AccountSecurityView extends VerticalLayout implements HasDynamicTitle {

    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;

    AccountSecurityView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        setMaxWidth("48rem");
        build();
    }

    private void build() {
        removeAll();
        add(new H3(getTranslation("twoFactor.title")));
        if (!twoFactor.isEnabledForCurrentUser()) {
            Paragraph off = new Paragraph(getTranslation("twoFactor.statusOff"));
            off.setId("two-factor-status");
            Button start = new Button(getTranslation("twoFactor.enable"), e -> {
                removeAll();
                add(new H3(getTranslation("twoFactor.title")), new TwoFactorSetup(twoFactor, this::build));
            });
            start.setId("two-factor-enable");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(off, start);
        } else {
            Paragraph on = new Paragraph(getTranslation("twoFactor.statusOn"));
            on.setId("two-factor-status");
            TextField code = new TextField(getTranslation("twoFactor.code"));
            code.setId("two-factor-manage-code");
            Button renew = new Button(getTranslation("twoFactor.renewCodes"), e -> {
                List<String>[] codes = new List[1];
                if (ServiceErrors.run(
                        () -> codes[0] = twoFactor.regenerateRecoveryCodes(code.getValue()), Map.of("code", code))) {
                    add(new Paragraph(getTranslation("twoFactor.recoveryIntro")), new Pre(String.join("\n", codes[0])));
                }
            });
            Button disable = new Button(getTranslation("twoFactor.disable"), e -> {
                if (ServiceErrors.run(() -> twoFactor.disableOwn(code.getValue()), Map.of("code", code))) {
                    Notifications.success(getTranslation("twoFactor.disabled"));
                    build();
                }
            });
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(on, code, new HorizontalLayout(renew, disable));
        }
        if (authentication.hasRole(Role.ADMIN_NAME)) {
            add(new H3(getTranslation("twoFactor.policyTitle")));
            Checkbox mandatory = new Checkbox(getTranslation("twoFactor.mandatoryToggle"), twoFactor.isMandatory());
            mandatory.setId("two-factor-mandatory");
            mandatory.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    twoFactor.setMandatory(e.getValue());
                    Notifications.success(
                            getTranslation(e.getValue() ? "twoFactor.mandatoryOn" : "twoFactor.mandatoryOff"));
                }
            });
            add(mandatory);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.accountSecurity") + " – Levier";
    }
}
