package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The file writers on more lines than they keep in memory: what a spreadsheet or a reader gets back. */
class StreamedWritersTest {

    private static final int LINES = 1200;

    /** Line i: number i, a funder, a title (100 characters on line 300 only), money, a date. */
    private static ReportSheet sheet() {
        Consumer<Consumer<List<Object>>> feed = sink -> {
            for (long i = 1; i <= LINES; i++) {
                List<Object> line = new ArrayList<>();
                line.add(i);
                line.add(i == 10 ? "Conseil départemental de la Drôme" : "Région");
                line.add(i == 300 ? "x".repeat(100) : "Titre " + i);
                line.add(new BigDecimal("1234.50").add(BigDecimal.valueOf(i)));
                line.add(LocalDate.of(2026, 1, 1).plusDays(i % 300));
                sink.accept(line);
            }
        };
        return new ReportSheet(
                "Engagements",
                "Romans-sur-Isère",
                null,
                "Aucun filtre",
                "Généré le 26/11/2026",
                "Total",
                List.of("N°", "Financeur", "Intitulé", "Attribué", "Notifié le"),
                List.of(
                        ReportLayout.Type.INTEGER,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.TEXT,
                        ReportLayout.Type.MONEY,
                        ReportLayout.Type.DATE),
                feed,
                Arrays.asList((long) LINES, null, null, new BigDecimal("2201340.00"), null));
    }

    @Test
    void xlsxKeepsNumbersInEurosTheFrozenFilteredHeaderAndSizesColumnsFromTheFirstLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(sheet(), new ReportCells(), Locale.FRANCE, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).isEqualTo(4 + LINES);
            Cell amount = s.getRow(4 + 999).getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.50 + 1000);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo(XlsxWriter.EURO);
            Cell date = s.getRow(4).getCell(4);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(s.getRow(4 + LINES).getCell(3).getNumericCellValue()).isEqualTo(2201340.00);
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A4:E" + (4 + LINES));
            // widths: the longest formatted text of the header and the first 200 lines, plus 2 characters
            assertThat(s.getColumnWidth(1)).isEqualTo(("Conseil départemental de la Drôme".length() + 2) * 256);
            assertThat(s.getColumnWidth(2)).isEqualTo(("Titre 200".length() + 2) * 256);
            assertThat(s.getColumnWidth(3)).isEqualTo(("2 201 340,00 €".length() + 2) * 256);
        }
    }

    @Test
    void pdfWritesEveryLineAndTheTotalsAcrossPages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(sheet(), new ReportCells(), Locale.FRANCE, "Page", out);
        PdfReader reader = new PdfReader(out.toByteArray());
        try {
            int pages = reader.getNumberOfPages();
            assertThat(pages).isGreaterThan(LINES / PdfWriter.FLUSH_EVERY);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            int titles = 0;
            for (int p = 1; p <= pages; p++) {
                String page = compact(text.getTextFromPage(p));
                titles += page.split("Titre", -1).length - 1;
                assertThat(page).contains("Page" + p + "/");
            }
            // every line but the one titled x…x, each once
            assertThat(titles).isEqualTo(LINES - 1);
            assertThat(compact(text.getTextFromPage(pages))).contains("Total(1200)2201340,00€");
        } finally {
            reader.close();
        }
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]", "");
    }
}
