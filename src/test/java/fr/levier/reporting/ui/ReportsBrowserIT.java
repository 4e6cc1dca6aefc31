package fr.levier.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.testsupport.BrowserTest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

/** Finance opens a report, filters it on an officer, reads the totals and downloads each export. */
class ReportsBrowserIT extends BrowserTest {

    @Autowired
    ReportScenario scenario;

    @Test
    void financeFiltersAReportAndDownloadsEachExport() throws Exception {
        ReportScenario.Built s = scenario.build();
        loginAs("finance", "levier-demo-2026");
        page.navigate(url("reports/funding-by-project"));
        page.locator("#filter-officer input").fill(s.officer());
        page.locator("#filter-officer input").press("Enter");
        PlaywrightAssertions.assertThat(page.locator("#total-awarded")).hasText("165\u00a0000,55\u00a0€");
        PlaywrightAssertions.assertThat(page.locator("#total-projectCode")).hasText("Total (2)");
        screenshot("report-funding-by-project");

        Download xlsx = page.waitForDownload(() -> {
            page.locator("#export-xlsx").click();
            page.locator("#download-xlsx").click();
        });
        try (InputStream in = Files.newInputStream(xlsx.path());
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(6).getCell(4).getNumericCellValue())
                    .isEqualTo(165000.55);
        }

        Download pdf = page.waitForDownload(() -> {
            page.locator("#export-pdf").click();
            page.locator("#download-pdf").click();
        });
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf.path()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("[\\s\u00a0]+", " ");
        reader.close();
        assertThat(text).contains("165 000,55 €").contains("Total (2)");

        Download csv = page.waitForDownload(() -> {
            page.locator("#export-csv").click();
            page.locator("#download-csv").click();
        });
        assertThat(Files.readString(csv.path(), StandardCharsets.UTF_8)).contains(";165000,55;");
        screenshot("report-exported");

        // the files are kept on the server: after leaving the page, "Mes exports" lists them, newest first
        page.navigate(url("dashboard"));
        page.navigate(url("reports/funding-by-project"));
        Locator mine = page.locator("#my-exports-grid a[download]");
        mine.first().waitFor();
        Download again = page.waitForDownload(() -> mine.first().click());
        assertThat(again.suggestedFilename()).startsWith("funding-by-project-").endsWith(".csv");
        assertThat(Files.readString(again.path(), StandardCharsets.UTF_8)).contains(";165000,55;");
        screenshot("report-my-exports");
    }
}
