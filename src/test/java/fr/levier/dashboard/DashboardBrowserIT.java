package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fr.levier.testsupport.BrowserTest;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scorecard in a real Chromium: management lands on it, the four Chart.js charts are drawn from
 * the webjar, a figure leads to the filtered list behind it showing the same number, a chart bar to
 * the list of its status, a financial figure to its report whose three exports download; officers land
 * on "My day".
 */
class DashboardBrowserIT extends BrowserTest {

    private static final String PASSWORD = "levier-demo-2026";

    @Test
    void managementOpensTheScorecardAndFollowsAFigureToItsList() {
        page.setViewportSize(1500, 1000);
        loginAs("viewer", PASSWORD);
        page.waitForURL("**/dashboard");
        page.locator("#chart-pipeline canvas").waitFor();
        // the four charts are drawn by Chart.js (loaded from the webjar, no bundle)
        page.waitForFunction("() => document.querySelectorAll('.sc-chart canvas').length === 4"
                + " && [...document.querySelectorAll('.sc-chart-canvas')].every(h => h.__chart)");
        assertThat((Boolean) page.evaluate("() => typeof Chart === 'function'")).isTrue();
        assertThat(page.locator(".sc-perspective").count()).isEqualTo(4);
        screenshot("dashboard-scorecard");
        page.locator("#scorecard-charts").scrollIntoViewIfNeeded();
        screenshot("dashboard-charts");

        String figure = page.locator("#value-partners-active").innerText().trim();
        assertThat(figure).matches("\\d[\\d\\u00a0\\u202f ]*");
        page.locator("#indicator-partners-active").click();
        page.waitForURL(Pattern.compile(".*/partners\\?status=ACTIVE$"));
        Locator total = page.getByText(Pattern.compile("^\\d[\\d\\u00a0\\u202f ]* partenaires$"));
        total.waitFor();
        assertThat(total.innerText().replaceAll("\\D", "")).isEqualTo(figure.replaceAll("\\D", ""));
        screenshot("dashboard-followed-to-partners");

        // the partners perspective's other figures lead to the list filtered the same way, same count
        followFigureToPartnerList("partners-investInRomans", ".*/partners\\?investInRomans=true$");
        followFigureToPartnerList(
                "partners-new", ".*/partners\\?createdFrom=\\d{4}-01-01&createdTo=\\d{4}-\\d{2}-\\d{2}$");

        // a chart bar leads to the commitments of that status
        page.goBack();
        page.waitForURL("**/dashboard");
        page.locator("#chart-pipeline canvas").waitFor();
        page.waitForFunction("() => document.querySelector('#chart-pipeline .sc-chart-canvas').__chart");
        page.locator("#chart-pipeline canvas").scrollIntoViewIfNeeded();
        // a real mouse click in the middle of the first bar
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> bar = (java.util.Map<String, Object>)
                page.evaluate("() => { const c = document.querySelector('#chart-pipeline .sc-chart-canvas').__chart;"
                        + " const b = c.getDatasetMeta(0).data[0]; const r = c.canvas.getBoundingClientRect();"
                        + " return {x: r.left + b.x, y: r.top + (b.y + b.base) / 2, label: c.data.labels[0]}; }");
        String clicked = (String) bar.get("label");
        page.mouse().click(((Number) bar.get("x")).doubleValue(), ((Number) bar.get("y")).doubleValue());
        page.waitForURL(Pattern.compile(".*/commitments\\?status=[A-Z_]+$"));
        // the list opens filtered on the clicked status
        PlaywrightAssertions.assertThat(page.locator("input[placeholder='Statut']"))
                .hasValue(clicked);
        screenshot("dashboard-followed-to-commitments");

        // a financial figure opens the report behind it, whose exports download
        page.goBack();
        page.waitForURL("**/dashboard");
        page.locator("#indicator-funds-atRisk").click();
        page.waitForURL("**/reports/receivables-aging");
        page.locator("#report-grid").waitFor();
        for (String ext : new String[] {"xlsx", "pdf", "csv"}) {
            page.locator("#export-" + ext).click();
            Locator link = page.locator("#download-" + ext);
            try {
                link.waitFor(new Locator.WaitForOptions().setTimeout(90_000)); // built on a worker thread
            } catch (com.microsoft.playwright.TimeoutError e) {
                screenshot("dashboard-report-export-" + ext + "-missing");
                throw e;
            }
            Download download = page.waitForDownload(link::click);
            Path file = download.path();
            assertThat(download.suggestedFilename()).endsWith("." + ext);
            assertThat(file.toFile().length()).as(ext).isPositive();
        }
        screenshot("dashboard-followed-to-report");
    }

    private void followFigureToPartnerList(String key, String url) {
        page.goBack();
        page.waitForURL("**/dashboard");
        String figure = page.locator("#value-" + key).innerText().trim();
        assertThat(figure).as(key).matches("\\d[\\d\\u00a0\\u202f ]*");
        page.locator("#indicator-" + key).click();
        page.waitForURL(Pattern.compile(url));
        Locator total = page.locator("#partner-total");
        PlaywrightAssertions.assertThat(total).hasText(Pattern.compile("^\\d[\\d\\u00a0\\u202f ]* partenaires?$"));
        assertThat(total.innerText().replaceAll("\\D", "")).as(key).isEqualTo(figure.replaceAll("\\D", ""));
        screenshot("dashboard-followed-to-" + key.replace('.', '-'));
    }

    @Test
    void anOfficerLandsOnMyDay() {
        page.setViewportSize(1500, 1000);
        loginAs("officer", PASSWORD);
        page.waitForURL("**/my-day");
        PlaywrightAssertions.assertThat(page.locator("#home-hello")).hasText("Bonjour officer");
        page.locator("#my-dossiers-section").waitFor();
        screenshot("dashboard-my-day");
        page.locator("#switch-scorecard").click();
        page.waitForURL("**/dashboard");
        page.locator("#perspective-financial").waitFor();
    }
}
