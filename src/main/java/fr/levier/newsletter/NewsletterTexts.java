package fr.levier.newsletter;

import com.vaadin.flow.component.UI;
import fr.levier.shared.LevierI18nProvider;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Refusal messages of the newsletter services: the screen's language, or the API request's. */
@Component
class NewsletterTexts {

    private final LevierI18nProvider i18n;

    NewsletterTexts(LevierI18nProvider i18n) {
        this.i18n = i18n;
    }

    String get(String key, Object... params) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : LocaleContextHolder.getLocale();
        return i18n.getTranslation(key, locale, params);
    }
}
