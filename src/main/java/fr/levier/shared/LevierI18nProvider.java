package fr.levier.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Vaadin translation provider backed by the {@code i18n/messages} bundles: French first, English
 * second. A missing key shows as {@code !key!} so it is spotted in screenshots and tests.
 */
@Component
public class LevierI18nProvider implements I18NProvider {

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
            "i18n/dashboard",
            "i18n/audit",
            "i18n/accounts",
            "i18n/operations");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
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

    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
