package fr.levier.partner;

import com.vaadin.flow.component.UI;
import fr.levier.shared.LevierI18nProvider;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Messages of domain refusals, in the user's language: the Vaadin UI's locale on screens, the
 * request's {@code Accept-Language} in the API, so both say the same thing.
 */
final class PartnerMessages {

    private static final LevierI18nProvider I18N = new LevierI18nProvider();

    private PartnerMessages() {}

    static String get(String key, Object... args) {
        return I18N.getTranslation(key, current(), args);
    }

    static String get(Locale locale, String key, Object... args) {
        return I18N.getTranslation(key, locale, args);
    }

    /** The UI's locale on screens, the request's in the API, French (the product's language) elsewhere. */
    static Locale current() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            return ui.getLocale();
        }
        return LocaleContextHolder.getLocaleContext() == null ? Locale.FRENCH : LocaleContextHolder.getLocale();
    }
}
