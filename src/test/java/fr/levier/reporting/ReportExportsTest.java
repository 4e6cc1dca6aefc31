package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Exports read back (POI, OpenPDF's text extractor, a CSV parse) and compared with the screen's cells. */
@IntegrationTest
class ReportExportsTest {

    private static final Locale FR = Locale.FRENCH;

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    ReportTables tables;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    private List<List<String>> screen(ReportName name, ReportFilter f) {
        return as.call(
                "finance", () -> tables.page(name, f, Pageable.unpaged(), FR).getContent());
    }

    private byte[] export(ReportName name, ReportFilter f, ReportFormat format) {
        return as.call("finance", () -> tables.export(name, f, format, FR));
    }

    @Test
    void xlsxHasNumbersInEurosAFrozenFilteredHeaderAndTheTotals() throws IOException {
        byte[] bytes = export(ReportName.FUNDING_BY_PROJECT, s.filter(), ReportFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Financements par projet");
            Row header = sheet.getRow(3);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Code");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Attribué");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A4:");

            Row p1 = sheet.getRow(4);
            assertThat(p1.getCell(0).getStringCellValue()).isEqualTo(s.p1().code());
            Cell awarded = p1.getCell(4);
            assertThat(awarded.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(awarded.getNumericCellValue()).isEqualTo(105000.55);
            assertThat(awarded.getCellStyle().getDataFormatString()).contains("€");
            Row totals = sheet.getRow(6);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total (2)");
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(165000.55);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(270000.00);

            // the screen shows the same figure
            assertThat(screen(ReportName.FUNDING_BY_PROJECT, s.filter())
                            .getFirst()
                            .get(4))
                    .isEqualTo("105\u00a0000,55\u00a0€");
        }
    }

    @Test
    void aTextThatLooksLikeAFormulaIsNeverOne() throws IOException {
        byte[] bytes = export(ReportName.FUNDING_BY_PARTNER, s.filter(), ReportFormat.XLSX);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<Cell> names = new ArrayList<>();
            sheet.forEach(r -> {
                Cell c = r.getCell(0);
                if (c != null
                        && c.getCellType() == CellType.STRING
                        && c.getStringCellValue().contains("Mécène")) {
                    names.add(c);
                }
            });
            assertThat(names).hasSize(1);
            assertThat(names.getFirst().getCellType()).isEqualTo(CellType.STRING);
            assertThat(names.getFirst().getStringCellValue()).startsWith("=Mécène");
            assertThat(names.getFirst().getCellStyle().getQuotePrefixed()).isTrue();
        }
        String csv =
                new String(export(ReportName.FUNDING_BY_PARTNER, s.filter(), ReportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("\n'=Mécène").doesNotContain("\n=Mécène");
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndFrenchDecimalsAndMatchesTheScreen() {
        byte[] bytes = export(ReportName.RECEIVABLES_AGING, s.filter(), ReportFormat.CSV);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String[]> lines = text.lines().map(l -> l.split(";", -1)).toList();
        assertThat(lines.getFirst()).startsWith("Engagement", "Partenaire", "Type de financeur", "0–30 jours");
        assertThat(lines).hasSize(1 + 3 + 1);
        String[] totals = lines.getLast();
        assertThat(totals[0]).isEqualTo("Total (3)");
        assertThat(totals[3]).isEqualTo("30000,00");
        assertThat(totals[5]).isEqualTo("10000,10");
        assertThat(totals[7]).isEqualTo("40000,10");
        assertThat(totals[8]).isEqualTo("89000,45");
        // every line of the screen is in the file, cell for cell once formats are aligned
        List<List<String>> screen = screen(ReportName.RECEIVABLES_AGING, s.filter());
        for (int i = 0; i < screen.size(); i++) {
            String[] line = lines.get(i + 1);
            assertThat(line[0]).isEqualTo(screen.get(i).get(0));
            assertThat(line[7])
                    .isEqualTo(screen.get(i).get(7).replace("\u00a0€", "").replace("\u00a0", ""));
        }
    }

    @Test
    void pdfHasTheCityTitleFiltersPageNumbersAndTotals() throws IOException {
        byte[] bytes = export(ReportName.FUNDING_BY_PROJECT, s.filter(), ReportFormat.PDF);
        PdfReader reader = new PdfReader(bytes);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("[\\s\u00a0]+", " ");
        int pages = reader.getNumberOfPages();
        reader.close();
        assertThat(text)
                .contains("Ville de Romans-sur-Isère")
                .contains("Financements par projet")
                .contains("Chargé de mission : " + s.officer())
                .contains("Généré le")
                .contains("Page 1 / " + pages)
                .contains("Total (2)")
                .contains("165 000,55 €")
                .contains(s.p1().code());
        String screenTotal = as.call("viewer", () -> tables.totals(ReportName.FUNDING_BY_PROJECT, s.filter(), FR))
                .get(4)
                .replaceAll("[\\s\u00a0]+", " ");
        assertThat(text).contains(screenTotal);
    }

    @Test
    void everyReportExportsInEveryFormat() {
        for (ReportName name : ReportName.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long[] progress = {-1, -1};
                as.run(
                        "finance",
                        () -> tables.export(name, s.filter(), format, FR, out, (d, t) -> {
                            progress[0] = d;
                            progress[1] = t;
                        }));
                assertThat(out.size()).as(name + " " + format).isGreaterThan(100);
                assertThat(progress[0]).as(name + " progress").isEqualTo(progress[1]);
            }
        }
    }
}
