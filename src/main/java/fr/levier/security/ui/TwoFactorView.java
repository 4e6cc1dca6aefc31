package fr.levier.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.security.TwoFactorService;
import fr.levier.security.TwoFactorState;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of signing in: the code of the authenticator app (or a recovery code), or, when an
 * admin made two-factor mandatory for this role, setting it up first. Five wrong codes sign out.
 */
@Route(value = "two-factor", autoLayout = false)
@PermitAll
public class TwoFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_ATTEMPTS = 5;
    private static final String ATTEMPTS = "levier.twoFactor.attempts";

    private final TwoFactorService twoFactor;
    private final AuthenticationContext authentication;

    TwoFactorView(TwoFactorService twoFactor, AuthenticationContext authentication) {
        this.twoFactor = twoFactor;
        this.authentication = authentication;
        addClassName("levier-two-factor");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "3rem auto");
    }

    static TwoFactorState state() {
        Object s = VaadinSession.getCurrent().getSession().getAttribute(TwoFactorState.ATTRIBUTE);
        return s instanceof TwoFactorState t ? t : TwoFactorState.PASSED;
    }

    /** Marks the second factor given and reloads the application with the full rights. */
    static void passed() {
        VaadinSession.getCurrent().getSession().setAttribute(TwoFactorState.ATTRIBUTE, TwoFactorState.PASSED);
        UI.getCurrent().getPage().setLocation(".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        switch (state()) {
            case CHALLENGE -> challenge();
            case ENROL ->
                add(
                        new H2(getTranslation("twoFactor.mandatoryTitle")),
                        new Paragraph(getTranslation("twoFactor.mandatoryText")),
                        new TwoFactorSetup(twoFactor, TwoFactorView::passed));
            case PASSED -> event.forwardTo("");
        }
    }

    private void challenge() {
        TextField code = new TextField(getTranslation("twoFactor.code"));
        code.setId("two-factor-code");
        code.setHelperText(getTranslation("twoFactor.codeHelp"));
        code.setAutofocus(true);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        Button verify = new Button(getTranslation("twoFactor.verify"), e -> verify(code));
        verify.setId("two-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        Button logout = new Button(getTranslation("header.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                new H2(getTranslation("twoFactor.title")),
                new Paragraph(getTranslation("twoFactor.intro")),
                code,
                verify,
                logout);
    }

    private void verify(TextField code) {
        if (twoFactor.verifyCurrentUser(code.getValue())) {
            passed();
            return;
        }
        var session = VaadinSession.getCurrent().getSession();
        int attempts = session.getAttribute(ATTEMPTS) instanceof Integer n ? n + 1 : 1;
        session.setAttribute(ATTEMPTS, attempts);
        if (attempts >= MAX_ATTEMPTS) {
            authentication.logout();
            return;
        }
        code.clear();
        code.setErrorMessage(getTranslation("twoFactor.wrongCodeLeft", MAX_ATTEMPTS - attempts));
        code.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.title") + " – Levier";
    }
}
