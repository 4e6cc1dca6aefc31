package fr.levier.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's translations, backed by the {@code i18n/<module>} bundles: French first, English
 * second. A missing key shows as {@code !key!} so it is spotted in screenshots and tests. Used by the
 * screens (through {@code shared.ui.LevierI18nProvider}) and by the services (through {@link Messages}).
 */
public final class Translator {

    /** Locales offered to users, the first being the default. */
    public static final List<Locale> LOCALES = List.of(Locale.FRENCH, Locale.ENGLISH);

    /**
     * One bundle per module so modules translate their own screens: {@code i18n/messages} (shared
     * and security), then {@code i18n/<module>} when present. A key is looked up in order.
     */
    public static final List<String> BUNDLES = List.of(
            "i18n/messages",
            "i18n/partner",
            "i18n/project",
            "i18n/funding",
            "i18n/newsletter",
            "i18n/reporting",
            "i18n/dashboard");

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Translator() {}

    /**
     * @param key    message key
     * @param locale wanted language; anything but English gives French
     * @param params {@link MessageFormat} arguments
     * @return the message, or {@code !key!} when no bundle has it
     */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, effective, CONTROL);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
                }
            } catch (MissingResourceException e) {
                // this module has no bundle
            }
        }
        return "!" + key + "!";
    }

    /** @return English when asked for it, French (the product's language) otherwise */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }
}
