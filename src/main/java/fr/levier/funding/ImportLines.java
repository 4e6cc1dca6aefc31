package fr.levier.funding;

import fr.levier.partner.FrenchNumbers;
import fr.levier.partner.importing.ImportField;
import fr.levier.partner.importing.ImportLine;
import fr.levier.partner.importing.ImportOutcome;
import fr.levier.partner.importing.ImportRow;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reading the cells of project and commitment import rows: amounts, dates, labels. */
final class ImportLines {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private ImportLines() {}

    /** The label of a row in the report: project code, then the funder or the project name. */
    static String label(ImportRow row) {
        StringBuilder b = new StringBuilder();
        for (ImportField f : List.of(
                ImportField.PROJECT_CODE,
                ImportField.PROJECT_NAME,
                ImportField.COMMITMENT_PROJECT,
                ImportField.COMMITMENT_PARTNER,
                ImportField.COMMITMENT_PARTNER_SIRET)) {
            if (row.get(f) != null) {
                b.append(b.isEmpty() ? "" : " – ").append(row.get(f));
            }
        }
        return b.toString();
    }

    static ImportLine refused(ImportRow row, String reason) {
        return new ImportLine(row.line(), ImportOutcome.REJECT, label(row), reason, null);
    }

    /**
     * An amount in euros, French or English writing ({@code 1 500,00}, {@code 3 200,00 €}, {@code 1,500.00}),
     * at scale 2; {@code null} when blank.
     */
    static BigDecimal amount(ImportRow row, ImportField field, Locale l) {
        String cell = row.get(field);
        try {
            BigDecimal n = FrenchNumbers.parse(cell).orElse(null);
            if (n == null) {
                return null;
            }
            if (n.signum() < 0 || n.scale() > 2) {
                throw new IllegalArgumentException("not an amount");
            }
            return n.setScale(2, RoundingMode.UNNECESSARY);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ImportReplay.Refused(Messages.get(l, "import.reason.amount", fieldLabel(field, l), cell));
        }
    }

    static LocalDate date(ImportRow row, ImportField field, Locale l) {
        String cell = row.get(field);
        if (cell == null) {
            return null;
        }
        String t = cell.trim().length() > 10 && cell.trim().charAt(10) == ' '
                ? cell.trim().substring(0, 10)
                : cell.trim();
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        throw new ImportReplay.Refused(Messages.get(l, "import.reason.date", cell));
    }

    static String required(ImportRow row, ImportField field, Locale l) {
        String cell = row.get(field);
        if (cell == null) {
            throw new ImportReplay.Refused(Messages.get(l, "import.reason.required", fieldLabel(field, l)));
        }
        return cell;
    }

    static String fieldLabel(ImportField field, Locale l) {
        return Messages.get(l, "importField." + field.name());
    }
}
