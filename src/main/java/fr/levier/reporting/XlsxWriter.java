package fr.levier.reporting;

import fr.levier.partner.SpreadsheetSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook (100 rows in memory, temporary files gzipped): numbers as numbers
 * with the euro format, dates as dates, a frozen header with an autofilter, the totals line in bold. Texts
 * are never formulas; a text that Excel would read as one is marked "quote prefixed", the way Excel itself
 * shows a leading apostrophe.
 *
 * <p>Column widths come from the header and the first {@value #SAMPLE} lines, as they read once formatted:
 * POI's auto-size measures every cell with AWT font metrics (141 s for 10 000 lines) and keeps every
 * cell's text for that. The styles are made once per workbook, never per cell.
 */
final class XlsxWriter {

    static final String EURO = "#,##0.00 \"€\"";
    private static final int HEADER_ROW = 3;

    /** Lines measured to size the columns. */
    static final int SAMPLE = 200;

    /** Widest column, in characters (Excel's own limit is 255). */
    static final int MAX_CHARS = 60;

    /** Rows POI keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 100;

    private XlsxWriter() {}

    static void write(ReportSheet sheet, ReportCells cells, Locale locale, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, WINDOW, true)) {
            Styles st = new Styles(wb);
            SXSSFSheet s = wb.createSheet(safeName(sheet.title()));
            ColumnWidths widths = new ColumnWidths(sheet.headers(), sheet.types(), cells, locale);
            text(s.createRow(0).createCell(0), sheet.title(), st.bold, st);
            text(s.createRow(1).createCell(0), sheet.cityName() + " · " + sheet.filters(), null, st);
            text(s.createRow(2).createCell(0), sheet.generated(), null, st);
            Row header = s.createRow(HEADER_ROW);
            for (int i = 0; i < sheet.headers().size(); i++) {
                text(header.createCell(i), sheet.headers().get(i), st.bold, st);
            }
            int[] r = {HEADER_ROW + 1};
            sheet.lines().accept(values -> {
                widths.measure(values);
                row(s.createRow(r[0]++), values, sheet.types(), st, cells, locale, false);
            });
            int last = r[0] - 1;
            Row totals = s.createRow(r[0]);
            row(totals, sheet.totals(), sheet.types(), st, cells, locale, true);
            Object first = sheet.totals().get(0);
            text(totals.createCell(0), sheet.totalLabel() + (first == null ? "" : " (" + first + ")"), st.bold, st);
            s.createFreezePane(0, HEADER_ROW + 1);
            s.setAutoFilter(new CellRangeAddress(
                    HEADER_ROW, Math.max(HEADER_ROW, last), 0, sheet.headers().size() - 1));
            widths.widen(sheet.totals());
            widths.apply(s);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(
            Row row,
            List<Object> values,
            List<ReportLayout.Type> types,
            Styles st,
            ReportCells cells,
            Locale locale,
            boolean bold) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            switch (v) {
                case BigDecimal b -> {
                    c.setCellValue(b.doubleValue());
                    c.setCellStyle(types.get(i) == ReportLayout.Type.MONEY ? (bold ? st.euroBold : st.euro) : st.ratio);
                }
                case Long n -> {
                    c.setCellValue(n);
                    if (bold) {
                        c.setCellStyle(st.bold);
                    }
                }
                case LocalDate d -> {
                    c.setCellValue(d);
                    c.setCellStyle(st.date);
                }
                case ReportLayout.Label l -> text(c, cells.t(l.key(), locale), bold ? st.bold : null, st);
                default -> text(c, v.toString(), bold ? st.bold : null, st);
            }
        }
    }

    private static void text(Cell c, String v, CellStyle style, Styles st) {
        c.setCellValue(v);
        if (SpreadsheetSafety.looksLikeFormula(v)) {
            c.setCellStyle(st.quoted);
        } else if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static String safeName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    /** Widths in characters from the header, the first lines and the totals, formatted as people read them. */
    private static final class ColumnWidths {
        private final int[] chars;
        private final List<ReportLayout.Type> types;
        private final ReportCells cells;
        private final Locale locale;
        private int measured;

        ColumnWidths(List<String> headers, List<ReportLayout.Type> types, ReportCells cells, Locale locale) {
            this.chars = new int[headers.size()];
            this.types = types;
            this.cells = cells;
            this.locale = locale;
            for (int i = 0; i < chars.length; i++) {
                chars[i] = headers.get(i).length();
            }
        }

        void measure(List<Object> values) {
            if (measured < SAMPLE) {
                measured++;
                widen(values);
            }
        }

        void widen(List<Object> values) {
            for (int i = 0; i < Math.min(values.size(), chars.length); i++) {
                chars[i] = Math.max(
                        chars[i],
                        cells.display(values.get(i), types.get(i), locale).length());
            }
        }

        void apply(SXSSFSheet s) {
            for (int i = 0; i < chars.length; i++) {
                // one character is 256 units; two more for the autofilter's arrow and the margins
                s.setColumnWidth(i, (Math.min(chars[i], MAX_CHARS) + 2) * 256);
            }
        }
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle euro;
        final CellStyle euroBold;
        final CellStyle ratio;
        final CellStyle date;
        final CellStyle quoted;

        Styles(SXSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            short euroFmt = wb.createDataFormat().getFormat(EURO);
            bold = wb.createCellStyle();
            bold.setFont(b);
            euro = wb.createCellStyle();
            euro.setDataFormat(euroFmt);
            euroBold = wb.createCellStyle();
            euroBold.setDataFormat(euroFmt);
            euroBold.setFont(b);
            ratio = wb.createCellStyle();
            ratio.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
    }
}
