package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.security.ApiTokenService;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code GET /api/reports/{name}} over real HTTP: JSON, CSV and XLSX by Accept, who may read it. */
@IntegrationTest
class ReportApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    ScheduledReports settings;

    @Autowired
    ApiTokenService tokens;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    @AfterEach
    void restoreViewers() {
        as.run("admin", () -> settings.setViewersAllowed(true));
    }

    private HttpResponse<byte[]> get(String auth, String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept);
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":levier-demo-2026").getBytes(StandardCharsets.UTF_8));
    }

    private String path(String name) {
        return "/api/reports/" + name + "?officer=" + s.officer();
    }

    @Test
    void jsonGivesTheLinesAndTotalsAsNumbers() throws Exception {
        HttpResponse<byte[]> r = get(basic("finance"), path("funding-by-project"), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat((Integer) JsonPath.read(body, "$.totalElements")).isEqualTo(2);
        assertThat(JsonPath.<Object>read(body, "$.rows[0].projectCode")).isEqualTo(s.p1().code());
        assertThat(JsonPath.<Double>read(body, "$.rows[0].awarded")).isEqualTo(105000.55);
        assertThat(JsonPath.<String>read(body, "$.rows[1].floor")).isEqualTo("BROKEN");
        assertThat(JsonPath.<Double>read(body, "$.totals.awarded")).isEqualTo(165000.55);
        assertThat(JsonPath.<Double>read(body, "$.totals.toClaim")).isEqualTo(89000.45);
    }

    @Test
    void csvAndXlsxFollowTheAcceptHeader() throws Exception {
        HttpResponse<byte[]> csv = get(basic("finance"), path("receivables-aging"), "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("receivables-aging-");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFEngagement;").contains("Total (3);;;30000,00;0,00;10000,10");

        HttpResponse<byte[]> xlsx = get(basic("finance"), path("funding-by-funder-type"), XLSX);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            // header, 3 funder types, totals; awarded in column 3
            assertThat(wb.getSheetAt(0).getRow(4 + 3).getCell(3).getNumericCellValue())
                    .isEqualTo(165000.55);
        }
    }

    @Test
    void aFinanceTokenReadsReportsAndAnUnknownReportIsAProblem() throws Exception {
        String secret = as.call("admin", () -> tokens.create("reports " + s.officer(), "finance", null)
                .secret());
        HttpResponse<byte[]> ok = get("Bearer " + secret, path("mecenat-receipts"), "application/json");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Double>read(new String(ok.body(), StandardCharsets.UTF_8), "$.totals.amount"))
                .isEqualTo(16000.0);

        HttpResponse<byte[]> unknown = get("Bearer " + secret, path("no-such-report"), "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");

        assertThat(get(null, path("deadlines"), "application/json").statusCode())
                .isEqualTo(401);
    }

    @Test
    void anUnsupportedAcceptIsA406ProblemDocumentInTheCallersLanguage() throws Exception {
        for (String accept : new String[] {"text/html", "image/png"}) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + path("funding-by-project")))
                    .header("Accept", accept)
                    .header("Accept-Language", "en")
                    .header("Authorization", basic("finance"))
                    .build();
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(accept).isEqualTo(406);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                    .as(accept)
                    .contains("application/problem+json");
            assertThat(JsonPath.<Integer>read(r.body(), "$.status")).isEqualTo(406);
            assertThat(JsonPath.<String>read(r.body(), "$.type")).endsWith("/http-406");
            assertThat(JsonPath.<String>read(r.body(), "$.detail"))
                    .isEqualTo("This response format is not available here.");
        }
    }

    @Test
    void viewersAreRefusedWhenTheCitySaysSo() throws Exception {
        assertThat(get(basic("viewer"), path("deadlines"), "application/json").statusCode())
                .isEqualTo(200);
        as.run("admin", () -> settings.setViewersAllowed(false));
        HttpResponse<byte[]> refused = get(basic("viewer"), path("deadlines"), "application/json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("problem+json");
        assertThat(get(basic("finance"), path("deadlines"), "application/json").statusCode())
                .isEqualTo(200);
    }
}
