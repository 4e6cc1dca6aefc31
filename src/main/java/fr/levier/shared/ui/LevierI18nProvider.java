package fr.levier.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import fr.levier.shared.i18n.Translator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's translation provider: the screens' {@code getTranslation(...)}, over {@link Translator}. */
@Component
public class LevierI18nProvider implements I18NProvider {

    /** Locales offered to users, the first being the default. */
    public static final List<Locale> LOCALES = Translator.LOCALES;

    /** The bundles, looked up in order: see {@link Translator#BUNDLES}. */
    public static final List<String> BUNDLES = Translator.BUNDLES;

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translator.translate(key, locale, params);
    }
}
