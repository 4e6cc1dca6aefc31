package fr.levier.dashboard;

import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.i18n.LocaleContextHolder;

/** Messages of the dashboard services in the request's language (Accept-Language for the API), French by default. */
final class DashboardTexts {

    private DashboardTexts() {}

    static String get(String key) {
        var context = LocaleContextHolder.getLocaleContext();
        Locale requested = context == null ? null : context.getLocale();
        Locale locale = requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return ResourceBundle.getBundle(
                        "i18n/dashboard",
                        locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }
}
