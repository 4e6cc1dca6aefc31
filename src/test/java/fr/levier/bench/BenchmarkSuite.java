package fr.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fr.levier.funding.FinancingPlanService;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.security.ApiTokenService;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark suite (not a test: its name keeps it out of {@code ./mvnw verify}). Run by
 * {@code ./bench/run}: fills the database with {@link DataGenerator} at the scale given by
 * {@code LEVIER_BENCH_SCALE} (1.0 = the full size) unless it is already filled, measures every
 * figure next to its raw-SQL baseline, and writes {@code docs/benchmarks.md}.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSuite {

    static final BenchmarkReport REPORT = new BenchmarkReport();
    static String environment = "";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @Autowired
    PartnerService partners;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    ApiTokenService tokens;

    @LocalServerPort
    int port;

    static double scale() {
        return Double.parseDouble(System.getenv().getOrDefault("LEVIER_BENCH_SCALE", "1.0"));
    }

    @Test
    @Order(1)
    void generateTheLargeDataSet() throws Exception {
        DataGenerator.Scale scale = DataGenerator.Scale.of(scale());
        Long already = jdbc.queryForObject("select count(*) from partner where created_by = 'bench'", Long.class);
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        environment = String.format(
                Locale.ROOT,
                "Machine: %d cores, JVM %s, max heap %d MB; database `%s`; scale %.3f (%,d partners, %,d contacts, "
                        + "%,d projects, %,d commitments, %,d interactions).",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / 1024 / 1024,
                url.replaceAll("\\?.*", ""),
                scale(),
                scale.partners(),
                scale.contacts(),
                scale.projects(),
                scale.commitments(),
                scale.interactions());
        if (already != null && already >= scale.partners()) {
            REPORT.note("Data set already present (" + already + " generated partners): generation skipped.");
            return;
        }
        DataGenerator.Result result = new DataGenerator(dataSource, 20261126L).generate(scale);
        REPORT.add(
                "Generator: " + String.format(Locale.ROOT, "%,d", result.total()) + " rows " + result.rows(),
                String.format(Locale.ROOT, "%.0f rows/s (%.0f s)", result.rowsPerSecond(), result.seconds()),
                "—",
                "—",
                "fast (bulk inserts)",
                null);
    }

    @Test
    @Order(10)
    void partnerGridPage() {
        String text = "%orion%";
        PartnerType type = PartnerType.COMPANY;
        String raw = "select id, name, type, siret, town, status, officer_username, invest_in_romans from partner"
                + " where (normalized_name like ? or normalized_town like ?) and type = ? order by name limit 50 offset ?";
        String rawCount =
                "select count(*) from partner where (normalized_name like ? or normalized_town like ?) and type = ?";
        PartnerFilter filter = new PartnerFilter("orion", type, null);
        Measure service = Measure.of(
                5,
                40,
                () -> as.call("viewer", () -> partners.find(filter, PageRequest.of(0, 50, Sort.by("name")))
                        .getNumberOfElements()));
        Measure baseline = Measure.of(5, 40, () -> {
            jdbc.queryForList(raw, text, text, type.name(), 0);
            return jdbc.queryForObject(rawCount, Long.class, text, text, type.name());
        });
        REPORT.latency(
                "Partner grid, type + text filter, sorted by name, first page of 50", service, baseline, 1.5, 100);

        long total = as.call("viewer", () -> partners.count(PartnerFilter.ALL));
        int deepPage = (int) Math.max(0, total / 50 - 2);
        Measure deep = Measure.of(
                3,
                20,
                () -> as.call(
                        "viewer", () -> partners.find(PartnerFilter.ALL, PageRequest.of(deepPage, 50, Sort.by("name")))
                                .getNumberOfElements()));
        Measure deepRaw = Measure.of(3, 20, () -> {
            jdbc.queryForList(
                    "select id, name, type, siret, town, status, officer_username, invest_in_romans from partner"
                            + " order by name limit 50 offset ?",
                    deepPage * 50);
            return jdbc.queryForObject("select count(*) from partner", Long.class);
        });
        REPORT.latency("Partner grid, no filter, deep page " + deepPage + " of 50", deep, deepRaw, 1.5, 100);
    }

    @Test
    @Order(20)
    void financingPlanOfAProjectWith200Commitments() {
        Long projectId =
                jdbc.queryForObject("select id from project where code = ?", Long.class, DataGenerator.BIG_PLAN_CODE);
        int lines = as.call("viewer", () -> plans.plan(projectId)).lines().size();
        assertThat(lines).isGreaterThanOrEqualTo(DataGenerator.BIG_PLAN_COMMITMENTS);
        Measure service = Measure.of(3, 20, () -> as.call("viewer", () -> plans.plan(projectId)));
        Measure baseline = Measure.of(
                3,
                20,
                () -> jdbc.queryForList(
                        "select a.id, c.id, c.partner_id, p.name, p.type, c.title, c.kind, c.status, c.amount_requested,"
                                + " c.amount_awarded, a.amount,"
                                + " (select coalesce(sum(pc.amount), 0) from payment_claim pc where pc.commitment_id = c.id),"
                                + " (select coalesce(sum(pc.cashed_amount), 0) from payment_claim pc where pc.commitment_id = c.id)"
                                + " from allocation a join commitment c on c.id = a.commitment_id join partner p on p.id = c.partner_id"
                                + " where a.project_id = ?",
                        projectId));
        REPORT.latency("Financing plan of a project with " + lines + " commitments", service, baseline, 3.0, 300);
    }

    @Test
    @Order(21)
    void portfolioLeverage() {
        Measure service = Measure.of(2, 10, () -> as.call("viewer", () -> plans.portfolio()));
        Measure baseline = Measure.of(
                2,
                10,
                () -> jdbc.queryForList(
                        "select p.type, sum(a.amount) from allocation a join commitment c on c.id = a.commitment_id"
                                + " join partner p on p.id = c.partner_id"
                                + " where c.status in ('AWARDED','CONVENTION_SIGNED','PARTIALLY_PAID','PAID','CLOSED')"
                                + " and c.kind <> 'LOAN' group by p.type"));
        REPORT.latency("Portfolio leverage (funds raised per funder type ÷ city money)", service, baseline, 3.0, 300);
    }

    @Test
    @Order(80)
    void apiRequestCostWithTokenAndWithBasic() throws Exception {
        String secret = as.call("admin", () -> tokens.create("Benchmark " + System.nanoTime(), "viewer", null))
                .secret();
        HttpClient http = HttpClient.newHttpClient();
        URI me = URI.create("http://localhost:" + port + "/api/me");
        String basic = "Basic " + Base64.getEncoder().encodeToString("viewer:levier-demo-2026".getBytes());
        Measure token = Measure.of(5, 40, () -> get(http, me, "Bearer " + secret));
        Measure password = Measure.of(5, 40, () -> get(http, me, basic));
        REPORT.add(
                "API request (`GET /api/me`) with an API token vs HTTP Basic",
                "token: " + BenchmarkReport.ms(token),
                "Basic: " + BenchmarkReport.ms(password),
                String.format(Locale.ROOT, "%.2f×", token.medianMs() / password.medianMs()),
                "tokens are the way for machines (no BCrypt per request)",
                token.medianMs() < password.medianMs());
    }

    private static int get(HttpClient http, URI uri, String authorization) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Authorization", authorization)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(85)
    void memoryPerVaadinSession() throws Exception {
        String chromium = System.getenv().getOrDefault("LEVIER_CHROMIUM", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            REPORT.note("Memory per Vaadin session not measured: no Chromium at " + chromium + ".");
            return;
        }
        int sessions = 20;
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(Path.of(chromium))
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync")))) {
            // one session first, so that classes and caches loaded once are not counted per session
            openPartners(browser);
            long before = liveHeap();
            List<BrowserContext> open = new java.util.ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                open.add(openPartners(browser));
            }
            long after = liveHeap();
            double perSession = (after - before) / 1024.0 / sessions;
            REPORT.add(
                    "Live heap per Vaadin session, partners view open (" + sessions + " headless Chromium sessions)",
                    String.format(Locale.ROOT, "%.0f kB", perSession),
                    "—",
                    "—",
                    "≤ 150 kB",
                    perSession <= 150);
            open.forEach(BrowserContext::close);
        }
    }

    private BrowserContext openPartners(Browser browser) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("viewer");
        page.locator("vaadin-login-form input[name=password]").fill("levier-demo-2026");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#current-user").waitFor();
        page.navigate("http://localhost:" + port + "/partners");
        page.locator("vaadin-grid").first().waitFor();
        page.waitForTimeout(500);
        return context;
    }

    private static long liveHeap() throws InterruptedException {
        java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    @Order(90)
    void startupTime() throws Exception {
        Path h2 = Files.createTempDirectory("levier-startup");
        List<String> jvm = List.of("-Xmx1g");
        StartupProbe.Startup embeddedFirst = StartupProbe.start(
                jvm,
                List.of(
                        "--spring.datasource.url=jdbc:h2:file:" + h2.resolve("levier")
                                + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password="));
        StartupProbe.Startup embeddedAgain = StartupProbe.start(
                jvm,
                List.of(
                        "--spring.datasource.url=jdbc:h2:file:" + h2.resolve("levier")
                                + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password="));
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        StartupProbe.Startup mariadb = StartupProbe.start(
                jvm,
                List.of(
                        "--spring.profiles.active=mariadb",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + System.getenv().getOrDefault("LEVIER_DB_USER", "root"),
                        "--spring.datasource.password=" + System.getenv().getOrDefault("LEVIER_DB_PASSWORD", "")));
        for (var line : List.of(
                java.util.Map.entry("Startup, embedded H2, first start (migrations + demo data)", embeddedFirst),
                java.util.Map.entry("Startup, embedded H2, second start", embeddedAgain),
                java.util.Map.entry("Startup, MariaDB with the large data set", mariadb))) {
            REPORT.add(
                    line.getKey(),
                    String.format(
                            Locale.ROOT,
                            "%.1f s (JVM running for %.1f s)",
                            line.getValue().springSeconds(),
                            line.getValue().processSeconds()),
                    "—",
                    "—",
                    "< 10 s",
                    line.getValue().processSeconds() < 10);
        }
    }

    @AfterAll
    static void writeTheReport() throws Exception {
        REPORT.write(Path.of("docs", "benchmarks.md"), environment);
    }
}
