package fr.levier.security;

import fr.levier.shared.LevierI18nProvider;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Messages of the security services in the caller's language. */
final class SecurityMessages {

    private static final LevierI18nProvider I18N = new LevierI18nProvider();

    private SecurityMessages() {}

    static String get(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return I18N.getTranslation(key, locale, args);
    }
}
