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

    private static final String BUNDLE = "i18n/messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
