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
 * XLSX through POI's streaming workbook (100 rows in memory): numbers as numbers with the euro format,
 * dates as dates, a frozen header with an autofilter, the totals line in bold. Texts are never formulas;
 * a text that Excel would read as one is marked "quote prefixed", the way Excel itself shows a leading
 * apostrophe.
 */
final class XlsxWriter {

    static final String EURO = "#,##0.00 \"€\"";
    private static final int HEADER_ROW = 3;

    private XlsxWriter() {}

    static void write(ReportSheet sheet, ReportCells cells, Locale locale, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Styles st = new Styles(wb);
            SXSSFSheet s = wb.createSheet(safeName(sheet.title()));
            s.trackAllColumnsForAutoSizing();
            text(s.createRow(0).createCell(0), sheet.title(), st.bold, st);
            text(s.createRow(1).createCell(0), sheet.cityName() + " · " + sheet.filters(), null, st);
            text(s.createRow(2).createCell(0), sheet.generated(), null, st);
            Row header = s.createRow(HEADER_ROW);
            for (int i = 0; i < sheet.headers().size(); i++) {
                text(header.createCell(i), sheet.headers().get(i), st.bold, st);
            }
            int[] r = {HEADER_ROW + 1};
            sheet.lines().accept(values -> row(s.createRow(r[0]++), values, sheet.types(), st, cells, locale, false));
            int last = r[0] - 1;
            Row totals = s.createRow(r[0]);
            row(totals, sheet.totals(), sheet.types(), st, cells, locale, true);
            Object first = sheet.totals().get(0);
            text(totals.createCell(0), sheet.totalLabel() + (first == null ? "" : " (" + first + ")"), st.bold, st);
            s.createFreezePane(0, HEADER_ROW + 1);
            s.setAutoFilter(new CellRangeAddress(
                    HEADER_ROW, Math.max(HEADER_ROW, last), 0, sheet.headers().size() - 1));
            for (int i = 0; i < sheet.headers().size(); i++) {
                s.autoSizeColumn(i);
            }
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
