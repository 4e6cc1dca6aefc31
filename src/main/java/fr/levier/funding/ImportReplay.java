package fr.levier.funding;

import fr.levier.partner.importing.ImportLine;
import fr.levier.partner.importing.ImportRow;
import fr.levier.partner.importing.ImportRowsHandler;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs import rows through the modules' public services, so every rule (ceilings, status transitions,
 * validation) decides, without copying any of them. Dry run: the rows are written in a transaction that
 * is always rolled back; when a row breaks a rule, that transaction is rolled back, the row is marked
 * refused with the rule's message, and the run starts again without it, so each row sees the file as it
 * would be after the accepted rows above it. Apply: one transaction, the first failure rolls back all.
 */
final class ImportReplay {

    /** A row's cells could not be read (amount, date, unknown project…): refused before anything is written. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Writes one row; returns its report line. Keeps what it needs across rows in {@code context}. */
    interface RowWriter {
        ImportLine write(ImportRow row, Map<String, Object> context);
    }

    private ImportReplay() {}

    static ImportRowsHandler.Result run(
            TransactionTemplate tx,
            List<ImportRow> rows,
            Locale locale,
            boolean apply,
            RowWriter writer,
            BiFunction<Set<Long>, Locale, List<String>> warnings) {
        Map<Integer, ImportLine> refused = new HashMap<>();
        while (true) {
            List<ImportLine> lines = new ArrayList<>();
            List<String> fileWarnings = new ArrayList<>();
            Integer failed = tx.execute(status -> {
                if (!apply) {
                    status.setRollbackOnly();
                }
                Map<String, Object> context = new HashMap<>();
                Set<Long> projects = new LinkedHashSet<>();
                context.put("projects", projects);
                for (ImportRow row : rows) {
                    if (refused.containsKey(row.line())) {
                        continue;
                    }
                    try {
                        lines.add(writer.write(row, context));
                    } catch (Refused e) {
                        if (apply) {
                            throw new BusinessRuleException(line(locale, row, e.getMessage()));
                        }
                        refused.put(row.line(), ImportLines.refused(row, e.getMessage()));
                    } catch (BusinessRuleException
                            | ConstraintViolationException
                            | AccessDeniedException
                            | fr.levier.shared.api.NotFoundException e) {
                        if (apply) {
                            throw new BusinessRuleException(line(locale, row, message(e)));
                        }
                        refused.put(row.line(), ImportLines.refused(row, message(e)));
                        status.setRollbackOnly();
                        return row.line();
                    }
                }
                fileWarnings.addAll(warnings.apply(projects, locale));
                return null;
            });
            if (failed == null) {
                lines.addAll(refused.values());
                lines.sort(java.util.Comparator.comparingInt(ImportLine::line));
                return new ImportRowsHandler.Result(lines, fileWarnings);
            }
        }
    }

    private static String line(Locale locale, ImportRow row, String message) {
        return Messages.get(locale, "import.funding.lineFailed", row.line(), message);
    }

    private static String message(RuntimeException e) {
        if (e instanceof ConstraintViolationException c
                && !c.getConstraintViolations().isEmpty()) {
            var v = c.getConstraintViolations().iterator().next();
            String path = v.getPropertyPath().toString();
            return path.substring(path.lastIndexOf('.') + 1) + " : " + v.getMessage();
        }
        return e.getMessage();
    }
}
