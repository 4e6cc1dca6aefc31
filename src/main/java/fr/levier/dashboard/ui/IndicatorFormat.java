package fr.levier.dashboard.ui;

import com.vaadin.flow.component.Component;
import fr.levier.dashboard.Unit;
import fr.levier.shared.FrenchFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Formats indicator values for the screen, French first: {@code 1 234 567,89 €}, {@code 4,87}, {@code 42 j}. */
final class IndicatorFormat {

    /** Shown when a value cannot be computed (e.g. no newsletter module, no city money). */
    static final String NONE = "—";

    private IndicatorFormat() {}

    static String format(Component c, Unit unit, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        var ui = com.vaadin.flow.component.UI.getCurrent();
        Locale locale = ui == null ? Locale.FRENCH : ui.getLocale();
        return switch (unit) {
            case MONEY -> FrenchFormats.money(value, locale);
            case COUNT ->
                FrenchFormats.count(value.setScale(0, RoundingMode.HALF_UP).longValue(), locale);
            case RATIO -> FrenchFormats.number(value, locale);
            case DAYS -> c.getTranslation("dashboard.unit.days", oneDecimal(value, locale));
            case PERCENT -> oneDecimal(value, locale) + " %";
        };
    }

    private static String oneDecimal(BigDecimal value, Locale locale) {
        String s = FrenchFormats.number(value.setScale(1, RoundingMode.HALF_UP), locale);
        return s.endsWith("0") ? s.substring(0, s.length() - 3) : s.substring(0, s.length() - 1);
    }
}
