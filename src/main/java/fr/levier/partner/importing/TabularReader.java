package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads CSV and Excel files as French offices export them: CSV in UTF-8 (with or without BOM) or
 * Windows-1252, detected; {@code ;}, {@code ,} or tab separators, detected on the header line; quoted
 * cells with separators and line breaks (RFC 4180). XLSX/XLS: first sheet; every cell is read as
 * text, dates as {@code yyyy-MM-dd}, formulas as their text (never evaluated, never stored as formulas).
 */
public final class TabularReader {

    /** Windows-1252, what Excel "CSV (séparateur : point-virgule)" writes on French Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TabularReader() {}

    /**
     * @param fileName the uploaded file's name (its extension helps)
     * @param bytes    its content
     * @return the cells
     * @throws IllegalArgumentException when the file cannot be read or has no header line
     */
    public static TabularFile read(String fileName, byte[] bytes) {
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K';
        boolean ole = bytes.length > 7 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF;
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        TabularFile file =
                zip || ole || lower.endsWith(".xlsx") || lower.endsWith(".xls") ? readWorkbook(bytes) : readCsv(bytes);
        if (file.headers().stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("no header line");
        }
        return file;
    }

    /** Reads a CSV file, detecting encoding and separator. */
    static TabularFile readCsv(byte[] bytes) {
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            encoding = "UTF-8";
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else {
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                encoding = "UTF-8";
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
                encoding = "windows-1252";
            }
        }
        char separator = detectSeparator(text);
        List<List<String>> records = parse(text, separator);
        while (!records.isEmpty() && records.get(records.size() - 1).stream().allMatch(String::isBlank)) {
            records.remove(records.size() - 1);
        }
        if (records.isEmpty()) {
            throw new IllegalArgumentException("empty file");
        }
        List<String> headers = records.get(0).stream().map(String::trim).toList();
        return new TabularFile(
                "CSV", encoding, separator, headers, new ArrayList<>(records.subList(1, records.size())));
    }

    /** The most frequent of {@code ;}, {@code ,} and tab on the first line, outside quotes; {@code ;} on a tie. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** RFC 4180 records: quotes around cells, doubled quotes inside, separators and line breaks inside quotes. */
    static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
                any = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                any = false;
            } else {
                cell.append(c);
                any = true;
            }
        }
        if (any || cell.length() > 0) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    private static TabularFile readWorkbook(byte[] bytes) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int width = 0;
            for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                if (rows.isEmpty() && cells.isEmpty()) {
                    continue;
                }
                width = Math.max(width, cells.size());
                rows.add(cells);
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                rows.remove(rows.size() - 1);
            }
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("empty sheet");
            }
            List<String> headers = rows.get(0).stream().map(String::trim).toList();
            return new TabularFile("XLSX", null, (char) 0, headers, new ArrayList<>(rows.subList(1, rows.size())));
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && "empty sheet".equals(iae.getMessage())) {
                throw iae;
            }
            throw new IllegalArgumentException("unreadable workbook", e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return "=" + cell.getCellFormula();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
