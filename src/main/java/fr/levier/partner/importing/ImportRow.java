package fr.levier.partner.importing;

import java.util.Map;

/**
 * One data line of a file handed to an {@link ImportRowsHandler}: its non-blank cells by field, coded
 * cells already replaced by their code (value mapping done), amounts and dates still as written.
 *
 * @param line   line number in the file (the header is line 1)
 * @param values field → cell text or code
 */
public record ImportRow(int line, Map<ImportField, String> values) {

    /** @return the cell of a field, {@code null} when blank or unmapped */
    public String get(ImportField field) {
        return values.get(field);
    }
}
