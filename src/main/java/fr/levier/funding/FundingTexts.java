package fr.levier.funding;

import com.vaadin.flow.component.UI;
import fr.levier.shared.LevierI18nProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** User-facing messages of the funding services, in the user's language (French outside a UI). */
@Component
class FundingTexts {

    private final LevierI18nProvider i18n;

    FundingTexts(LevierI18nProvider i18n) {
        this.i18n = i18n;
    }

    String get(String key, Object... params) {
        return i18n.getTranslation(key, locale(), params);
    }

    Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.FRENCH;
    }
}
