package fr.levier.reporting;

import fr.levier.partner.SpreadsheetSafety;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Formats report cells for people (screen, PDF) and for French Excel (CSV). */
@Component
class ReportCells {

    String t(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }

    /** For screen and PDF: {@code 1 234,56 €}, {@code 25/11/2026}. */
    String display(Object value, ReportLayout.Type type, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case ReportLayout.Label l -> t(l.key(), locale);
            case BigDecimal b when type == ReportLayout.Type.MONEY -> FrenchFormats.money(b, locale);
            case BigDecimal b -> FrenchFormats.number(b, locale);
            case LocalDate d -> FrenchFormats.date(d);
            case Long n -> FrenchFormats.count(n, locale);
            default -> value.toString();
        };
    }

    /**
     * For CSV read by French Excel: decimal comma without thousands separator so the cell stays a
     * number, texts that a spreadsheet would run as a formula neutralised.
     */
    String csv(Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case ReportLayout.Label l -> SpreadsheetSafety.neutralize(t(l.key(), locale));
            case BigDecimal b ->
                b.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
            case LocalDate d -> FrenchFormats.date(d);
            case Long n -> n.toString();
            default -> SpreadsheetSafety.neutralize(value.toString());
        };
    }

    /** For JSON: numbers and ISO dates as they are, labels as their code. */
    static Object json(Object value) {
        if (value instanceof ReportLayout.Label l) {
            return l.key().substring(l.key().lastIndexOf('.') + 1);
        }
        return value instanceof LocalDate d ? d.toString() : value;
    }

    static boolean numeric(ReportLayout.Type type) {
        return type == ReportLayout.Type.MONEY || type == ReportLayout.Type.RATIO || type == ReportLayout.Type.INTEGER;
    }
}
