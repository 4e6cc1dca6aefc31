package fr.levier.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Chooses each UI's language: French by default, English when the user picked it (kept in a
 * long-lived cookie so it survives logout and restarts). The browser's language is deliberately
 * ignored: the product is French first.
 */
@Component
public class LocaleSupport implements VaadinServiceInitListener {

    /** Name of the cookie holding the chosen language. */
    public static final String COOKIE = "levier-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(resolve()));
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                // services translate through Messages, which reads Spring's locale context: on screens
                // that is the locale of the UI being served (looked up when asked, once the UI is known)
                LocaleContextHolder.setLocaleContext(LocaleSupport::uiLocale);
            }

            @Override
            public void handleException(
                    VaadinRequest request, VaadinResponse response, VaadinSession session, Exception t) {}

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                LocaleContextHolder.resetLocaleContext();
            }
        });
    }

    private static Locale uiLocale() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return ui.getLocale();
        }
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getLocale() != null ? session.getLocale() : resolve();
    }

    /** @return the locale of the current request: English if chosen, else French */
    static Locale resolve() {
        var request = VaadinService.getCurrentRequest();
        if (request != null && request.getCookies() != null) {
            boolean english = Arrays.stream(request.getCookies())
                    .anyMatch(c -> COOKIE.equals(c.getName()) && "en".equals(c.getValue()));
            if (english) {
                return Locale.ENGLISH;
            }
        }
        return Locale.FRENCH;
    }

    /**
     * Switches the current user's language and reloads the page.
     *
     * @param locale {@link Locale#FRENCH} or {@link Locale#ENGLISH}
     */
    public static void switchTo(Locale locale) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        var response = com.vaadin.flow.server.VaadinService.getCurrentResponse();
        if (response != null) {
            response.addCookie(cookie);
        }
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
