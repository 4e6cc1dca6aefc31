package fr.levier.shared.i18n;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one way services translate what they tell users (refusals, notices, labels of exports), in the
 * user's language: the request's {@code Accept-Language} in the API (Spring MVC sets the locale
 * context), the UI's locale on screens ({@code shared.ui.LocaleSupport} sets the same locale context
 * for every Vaadin request), French (the product's language) elsewhere, e.g. in scheduled jobs.
 */
public final class Messages {

    private Messages() {}

    /** @return the message in the current user's language */
    public static String get(String key, Object... args) {
        return Translator.translate(key, current(), args);
    }

    /** @return the message in the given language */
    public static String get(Locale locale, String key, Object... args) {
        return Translator.translate(key, locale, args);
    }

    /** @return the current user's language: English or French */
    public static Locale current() {
        return LocaleContextHolder.getLocaleContext() == null
                ? Locale.FRENCH
                : Translator.supported(LocaleContextHolder.getLocale());
    }
}
