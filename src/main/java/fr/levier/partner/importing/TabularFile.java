package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.util.List;

/**
 * A spreadsheet or CSV file read as text cells: what the import works on.
 *
 * @param format    {@code CSV} or {@code XLSX}
 * @param encoding  detected text encoding ({@code UTF-8}, {@code windows-1252}), {@code null} for XLSX
 * @param separator detected CSV separator, {@code 0} for XLSX
 * @param headers   first row
 * @param rows      the other rows, empty trailing rows removed
 */
public record TabularFile(
        String format, String encoding, char separator, List<String> headers, List<List<String>> rows) {}
