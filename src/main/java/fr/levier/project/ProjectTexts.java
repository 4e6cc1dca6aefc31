package fr.levier.project;

import com.vaadin.flow.component.UI;
import fr.levier.shared.LevierI18nProvider;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** User-facing messages of the project services, in the user's language (French outside a UI). */
@Component
class ProjectTexts {

    private final LevierI18nProvider i18n;

    ProjectTexts(LevierI18nProvider i18n) {
        this.i18n = i18n;
    }

    String get(String key, Object... params) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.FRENCH;
        return i18n.getTranslation(key, locale, params);
    }
}
