package fr.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fr.levier.dashboard.ScorecardService;
import fr.levier.dashboard.ServedScorecard;
import fr.levier.funding.FinancingPlanService;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerKey;
import fr.levier.partner.PartnerPage;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.reporting.FundingReports;
import fr.levier.reporting.ReportFilter;
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
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
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
    static final double LOAD_AT_START = loadAverage();

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
    ScorecardService scorecard;

    @Autowired
    FundingReports reports;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    org.springframework.context.ApplicationContext context;

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
        // Warm-ups long enough for the JIT to compile the service's path (Hibernate's included), as in a
        // running server; fewer left the service interpreted and measured the interpreter.
        // What the grid does when the list opens (PartnerPages): one service call, the first 50 rows in name
        // order and the count in one transaction (PartnerService.firstPage). The baseline runs by JDBC the
        // same two statements Hibernate sends (copied from its SQL log; only the criteria given appear in
        // them). The viewer signs in once, as a grid's session does: the measured work is the call's.
        String text = "%orion%";
        PartnerType type = PartnerType.COMPANY;
        String columns = "select p1_0.id,p1_0.name,p1_0.type,p1_0.siret,p1_0.town,p1_0.status,p1_0.officer_username,"
                + "p1_0.invest_in_romans,p1_0.public_money,p1_0.version from partner p1_0";
        // (Hibernate's MariaDB dialect escapes backslashes in like patterns: replace(?,'\\','\\\\'))
        String where = " where (p1_0.normalized_name like replace(?,'\\\\','\\\\\\\\')"
                + " or p1_0.normalized_town like replace(?,'\\\\','\\\\\\\\')) and p1_0.type=?";
        String raw = columns + where + " order by p1_0.name,p1_0.id limit ?";
        String rawCount = "select count(p1_0.id) from partner p1_0" + where;
        PartnerFilter filter = new PartnerFilter("orion", type, null);
        Measure[] first = as.call(
                "viewer",
                () -> Measure.paired(
                        30,
                        60,
                        () -> {
                            PartnerPage page = partners.firstPage(filter, false, 50);
                            return page.rows().size() + page.total();
                        },
                        () -> {
                            jdbc.queryForList(raw, text, text, type.name(), 50);
                            return jdbc.queryForObject(rawCount, Long.class, text, text, type.name());
                        }));
        REPORT.latency(
                "Partner grid, type + text filter, sorted by name, first page of 50 (rows + count, one call)",
                first[0],
                first[1],
                1.5,
                100);

        // Scrolling on: the page after a known row (keyset), as the grid and GET /api/partners/scroll read it.
        long total = as.call("viewer", () -> partners.count(PartnerFilter.ALL));
        int deepPage = (int) Math.max(1, total / 50 - 2);
        Map<String, Object> last =
                jdbc.queryForMap("select name, id from partner order by name, id limit 1 offset ?", deepPage * 50 - 1);
        PartnerKey key = new PartnerKey((String) last.get("name"), ((Number) last.get("id")).longValue());
        String rawSeek =
                columns + " where (p1_0.name>? or (p1_0.name=? and p1_0.id>?)) order by p1_0.name,p1_0.id limit ?";
        Measure[] deep = as.call(
                "viewer",
                () -> Measure.paired(
                        300,
                        100,
                        () -> partners.after(PartnerFilter.ALL, key, false, 50).size(),
                        () -> jdbc.queryForList(rawSeek, key.name(), key.name(), key.id(), 50)
                                .size()));
        REPORT.latency(
                "Partner grid, no filter, deep page " + deepPage + " of 50 (keyset after the previous page)",
                deep[0],
                deep[1],
                1.5,
                100);
        Measure offset = Measure.of(
                3, 20, () -> jdbc.queryForList(columns + " order by p1_0.name,p1_0.id limit 50 offset ?", deepPage * 50)
                        .size());
        REPORT.add(
                "Same deep page by offset (raw SQL, the way before keyset), for reference",
                BenchmarkReport.ms(offset),
                "keyset raw: " + BenchmarkReport.ms(deep[1]),
                String.format(Locale.ROOT, "%.2f×", offset.medianMs() / Math.max(0.001, deep[1].medianMs())),
                "—",
                null);
    }

    @Test
    @Order(20)
    void financingPlanOfAProjectWith200Commitments() {
        Long projectId =
                jdbc.queryForObject("select id from project where code = ?", Long.class, DataGenerator.BIG_PLAN_CODE);
        int lines = as.call("viewer", () -> plans.plan(projectId)).lines().size();
        assertThat(lines).isGreaterThanOrEqualTo(DataGenerator.BIG_PLAN_COMMITMENTS);
        // The baseline is the plan's own query by JDBC (CommitmentRepository.planLines as Hibernate sends it):
        // the lines with partner, programme, terms, money sums and the allocation count; the service adds the
        // project's row and the rules computed on the lines. The viewer signs in once.
        String plan =
                "select a1_0.id,c1_0.id,c1_0.partner_id,p1_0.name,p1_0.type,p1_0.public_money,c1_0.title,c1_0.kind,"
                        + "c1_0.programme_id,fp1_0.code,fp1_0.state_rules,fp1_0.start_years,fp1_0.completion_years,"
                        + "fp1_0.extension_years,c1_0.status,a1_0.amount,c1_0.amount_requested,c1_0.amount_awarded,"
                        + "(select coalesce(sum(pc1_0.amount),0) from payment_claim pc1_0 where pc1_0.commitment_id=c1_0.id"
                        + " and pc1_0.status in ('SENT','PAID')),"
                        + "((select coalesce(sum(pc2_0.cashed_amount),0) from payment_claim pc2_0 where"
                        + " pc2_0.commitment_id=c1_0.id and pc2_0.status='PAID')-(select coalesce(sum(ml1_0.amount),0)"
                        + " from money_line ml1_0 where ml1_0.commitment_id=c1_0.id and ml1_0.kind='REPAYMENT')),"
                        + "c1_0.submitted_on,c1_0.notified_on,c1_0.works_started_on,c1_0.completion_declared_on,"
                        + "c1_0.extension_granted,c1_0.own_deadline,c1_0.counterpart_value,ct1_0.start_allowed_from,"
                        + "ct1_0.start_extended_to,ct1_0.completion_extended_to,(select count(a2_0.id) from allocation a2_0"
                        + " where (a2_0.cancelled_on is null) and a2_0.commitment_id=c1_0.id)"
                        + " from allocation a1_0 join commitment c1_0 on c1_0.id=a1_0.commitment_id"
                        + " left join partner p1_0 on p1_0.id=c1_0.partner_id"
                        + " left join funding_programme fp1_0 on fp1_0.id=c1_0.programme_id"
                        + " left join commitment_terms ct1_0 on ct1_0.commitment_id=c1_0.id"
                        + " where (a1_0.cancelled_on is null) and a1_0.project_id=? order by a1_0.amount desc,a1_0.id";
        Measure[] measured = as.call(
                "viewer",
                () -> Measure.paired(20, 30, () -> plans.plan(projectId), () -> jdbc.queryForList(plan, projectId)
                        .size()));
        REPORT.latency(
                "Financing plan of a project with " + lines + " commitments", measured[0], measured[1], 3.0, 300);
        Measure simple = Measure.of(
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
        REPORT.add(
                "Financing plan: the earlier, smaller baseline (allocations, partner, claim sums only), for reference",
                BenchmarkReport.ms(simple),
                "—",
                String.format(
                        Locale.ROOT, "plan ÷ it: %.2f×", measured[0].medianMs() / Math.max(0.001, simple.medianMs())),
                "—",
                null);
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
        REPORT.latency(
                "Portfolio leverage (funds raised per funder type ÷ city money), from the per-project rollup",
                service,
                baseline,
                3.0,
                300);
    }

    @Test
    @Order(50)
    void dashboardAndReportsOnTheLargeDataSet() throws Exception {
        // The dashboard as served (ADR 011): the stored snapshot, with the year's targets applied. bench/run
        // turns the snapshot on (the test profile turns it off) and its background job out of the way; the
        // computation the job does is timed once, as a figure of its own.
        long t0 = System.nanoTime();
        ServedScorecard computed = as.call("viewer", scorecard::refresh);
        double computeMs = (System.nanoTime() - t0) / 1e6;
        assertThat(computed.scorecard().indicators()).isNotEmpty();
        Measure[] served = Measure.paired(
                5,
                30,
                () -> as.call("viewer", scorecard::served),
                () -> jdbc.queryForList("select * from scorecard_snapshot"));
        // the goal is the time a person waits (< 300 ms); the raw read of the stored row is shown for scale
        // only: the service also parses the figures and applies this year's targets
        REPORT.latency(
                "Dashboard as served: the whole scorecard (20 indicators + 4 charts) from its snapshot, targets applied",
                served[0],
                null,
                0,
                300);
        REPORT.note(String.format(
                Locale.ROOT,
                "Dashboard: reading the stored snapshot row alone (raw SQL) takes median %.1f ms; the rest of the"
                        + " served time is parsing its figures and applying the year's targets.",
                served[1].medianMs()));
        REPORT.add(
                "Dashboard: computing the scorecard from the SQL aggregates (the background refresh, once)",
                String.format(Locale.ROOT, "%.1f s", computeMs / 1000),
                "—",
                "—",
                "off the request path (refreshed after changes, at most every 15 min)",
                null);
        Measure page = Measure.of(
                1, 5, () -> as.call("finance", () -> reports.byProject(ReportFilter.ALL, PageRequest.of(0, 50))));
        REPORT.latency(
                "Report: funding by project, first page of 50 with its count (sorted by code), from the per-project rollup",
                page,
                null,
                0,
                300);
        Measure totals = Measure.of(0, 3, () -> as.call("finance", () -> reports.byProjectTotals(ReportFilter.ALL)));
        REPORT.latency(
                "Report: funding by project, totals line of the whole portfolio, from the per-project rollup",
                totals,
                null,
                0,
                300);
        jdbc.update("delete from scorecard_snapshot");
    }

    @Test
    @Order(60)
    void partnerImport() throws Exception {
        int rows = (int) Math.max(1_000, Math.round(100_000 * scale()));
        // the import commits its rows: they are removed afterwards, so the data set stays the same run after run
        Map<String, Long> before = new java.util.LinkedHashMap<>();
        for (String table : List.of("partner", "contact", "affiliation", "consent_log")) {
            before.put(table, jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class));
        }
        long rev = jdbc.queryForObject("select coalesce(max(rev), 0) from revinfo", Long.class);
        try {
            importPartners(rows);
        } finally {
            for (String aud : List.of("affiliation_aud", "contact_aud", "partner_aud", "revinfo_change")) {
                jdbc.update("delete from " + aud + " where rev > ?", rev);
            }
            jdbc.update("delete from revinfo where rev > ?", rev);
            jdbc.update("delete from consent_log where id > ?", before.get("consent_log"));
            jdbc.update("delete from affiliation where id > ?", before.get("affiliation"));
            jdbc.update("delete from partner_search_token where partner_id > ?", before.get("partner"));
            jdbc.update("delete from contact where id > ?", before.get("contact"));
            jdbc.update("delete from partner where id > ?", before.get("partner"));
        }
    }

    private void importPartners(int rows) throws Exception {
        ForeignBenchmark.Run run = ForeignBenchmark.call(
                context,
                "fr.levier.partner.importing.PartnerImportBenchmark",
                "partnersWithContactsPerSecond",
                Map.of("levier.benchmark.rows", String.valueOf(rows)),
                "partner-import.txt");
        double apply = run.number("apply: [0-9.]+ s, ([0-9.]+) rows/s");
        double dry = run.number("dry run: [0-9.]+ s, ([0-9.]+) rows/s");
        double raw = RawBaselines.partnerInsertsPerSecond(dataSource, rows);
        REPORT.add(
                String.format(
                        Locale.ROOT,
                        "Import of %,d partners with their main contact from CSV (validated, deduplicated), apply",
                        rows),
                String.format(Locale.ROOT, "%.0f rows/s (dry run %.0f rows/s)", apply, dry),
                String.format(
                        Locale.ROOT, "raw JDBC batch insert of partner + contact + affiliation: %.0f rows/s", raw),
                String.format(Locale.ROOT, "%.2f×", raw / apply),
                "≥ 10 000 rows/s",
                apply >= 10_000);
    }

    @Test
    @Order(65)
    void newsletterThroughput() throws Exception {
        int recipients = (int) Math.max(500, Math.round(10_000 * scale()));
        ForeignBenchmark.Run run = ForeignBenchmark.call(
                context,
                "fr.levier.newsletter.NewsletterThroughputBenchmark",
                "sendsTenThousandRecipientsAsFastAsTheLocalServerTakesThemAndLosesNone",
                Map.of("levier.bench.newsletter.recipients", String.valueOf(recipients)),
                "newsletter-throughput.txt");
        double rate = run.number("-> ([0-9.]+) messages/s");
        double recipientsDone = run.number("Recipients: ([0-9]+)");
        double raw = RawBaselines.smtpMessagesPerSecond(recipients);
        REPORT.add(
                String.format(
                        Locale.ROOT,
                        "Newsletter to %,.0f recipients through the outbox to a local SMTP sink (all sent, none lost)",
                        recipientsDone),
                String.format(Locale.ROOT, "%.0f messages/s", rate),
                String.format(Locale.ROOT, "raw Jakarta Mail on one connection: %.0f messages/s", raw),
                String.format(Locale.ROOT, "%.2f×", raw / rate),
                "≥ 100 messages/s, no loss",
                rate >= 100);
    }

    @Test
    @Order(70)
    void commitmentExports() throws Exception {
        long rows = DataGenerator.Scale.of(scale()).commitments();
        String url = System.getenv().getOrDefault("LEVIER_DB_URL", "");
        if (url.isBlank()) {
            REPORT.note("Exports not measured: no LEVIER_DB_URL (run through ./bench/run).");
            return;
        }
        String user = System.getenv().getOrDefault("LEVIER_DB_USER", "root");
        String password = System.getenv().getOrDefault("LEVIER_DB_PASSWORD", "");
        Map<String, double[]> figures = new java.util.LinkedHashMap<>();
        for (String mode : List.of("raw", "csv", "xlsx")) {
            Path out = Files.createTempFile("levier-export", "." + mode);
            try {
                ChildJvm.Result r = ChildJvm.run(
                        List.of("-Xmx256m", "-Djava.awt.headless=true"),
                        "fr.levier.reporting.CommitmentExportProbe",
                        List.of(mode, url, user, password, String.valueOf(rows), out.toString()),
                        15);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                                "EXPORT \\S+ (\\d+) ([0-9.]+) (\\d+) ([0-9.]+)")
                        .matcher(r.output());
                if (r.exit() != 0 || !m.find()) {
                    REPORT.note("Export " + mode + " failed (exit " + r.exit() + "): " + oneLine(r.output()));
                    figures.put(mode, null);
                    continue;
                }
                figures.put(mode, new double[] {
                    Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4))
                });
            } finally {
                Files.deleteIfExists(out);
            }
        }
        double[] raw = figures.get("raw");
        for (String mode : List.of("csv", "xlsx")) {
            double[] f = figures.get(mode);
            REPORT.add(
                    String.format(
                            Locale.ROOT,
                            "%s export of %,d commitment rows, streamed, in a JVM of -Xmx256m",
                            mode.toUpperCase(Locale.ROOT),
                            rows),
                    f == null
                            ? "failed (see notes)"
                            : String.format(
                                    Locale.ROOT, "%.1f s, %.1f MB file, peak heap %.0f MB", f[1], f[2] / 1e6, f[3]),
                    raw == null
                            ? "—"
                            : String.format(
                                    Locale.ROOT, "raw JDBC to plain CSV: %.1f s, peak heap %.0f MB", raw[1], raw[3]),
                    f == null || raw == null ? "—" : String.format(Locale.ROOT, "%.2f×", f[1] / raw[1]),
                    "heap < 256 MB (peak of the heap pools, garbage included), time reported",
                    f != null && f[0] == rows && f[3] < 256);
        }
    }

    private static String oneLine(String text) {
        String s = text.strip().replaceAll("\\s*\\R\\s*", " · ").replace("|", "/");
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
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
            String jarName = System.getenv().getOrDefault("LEVIER_BENCH_JAR", "");
            if (!jarName.isBlank() && Files.isRegularFile(Path.of(jarName))) {
                // the production jar (Vaadin in production mode), on this database, its heap read with jcmd
                String url =
                        jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
                try (StartupProbe.Running app = StartupProbe.launch(
                        Path.of(jarName),
                        List.of("-Xmx1g"),
                        List.of(
                                "--spring.profiles.active=mariadb",
                                "--spring.datasource.url=" + url,
                                "--spring.datasource.username="
                                        + System.getenv().getOrDefault("LEVIER_DB_USER", "root"),
                                "--spring.datasource.password="
                                        + System.getenv().getOrDefault("LEVIER_DB_PASSWORD", "")))) {
                    app.awaitReady();
                    sessions(browser, app.baseUrl(), sessions, "production jar", () -> Heap.of(app.pid()));
                }
            } else {
                sessions(
                        browser,
                        "http://localhost:" + port,
                        sessions,
                        "test class path, Vaadin development mode",
                        Heap::live);
            }
        }
    }

    private interface HeapReading {
        Heap read() throws Exception;
    }

    private static void sessions(Browser browser, String base, int sessions, String where, HeapReading heap)
            throws Exception {
        // one session first, so that classes and caches loaded once are not counted per session
        openPartners(browser, base);
        Heap before = afterKeepAlive(heap);
        List<BrowserContext> open = new java.util.ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            open.add(openPartners(browser, base));
        }
        Heap connected = heap.read();
        Heap after = afterKeepAlive(heap);
        double perSession = (after.bytes() - before.bytes()) / 1024.0 / sessions;
        double withConnections = (connected.bytes() - before.bytes()) / 1024.0 / sessions;
        REPORT.add(
                "Live heap per Vaadin session, partners view open (" + sessions + " headless Chromium sessions; "
                        + where + "; live objects after a full GC, once the server has closed the browsers'"
                        + " idle keep-alive connections)",
                String.format(Locale.ROOT, "%.0f kB", perSession),
                "—",
                "—",
                "≤ 150 kB",
                perSession <= 150);
        REPORT.add(
                "The same read right after the last sign-in, the browsers' connections still open (per-connection"
                        + " Tomcat state counted with the sessions: "
                        + String.format(
                                Locale.ROOT,
                                "%.1f connections per session",
                                (double) connected.instances(CONNECTION) / sessions)
                        + ")",
                String.format(Locale.ROOT, "%.0f kB", withConnections),
                "—",
                "—",
                "—",
                null);
        REPORT.note("Heap per session, largest growths (class: kB per session): "
                + after.growthSince(before, sessions, 12));
        open.forEach(BrowserContext::close);
    }

    /** Tomcat's object for one open connection (its two 8 kB buffers hang from it). */
    private static final String CONNECTION = "org.apache.tomcat.util.net.NioEndpoint$NioSocketWrapper";

    /**
     * Reads the heap once the server has closed the idle keep-alive connections of the browsers (Tomcat
     * closes a connection 60 s after its last request by default). A user who leaves the partner list open
     * is in that state a minute later: the view and the session, no connection and no response being
     * written (each of those holds buffers of 8 to 128 kB, which made the figure swing by hundreds of kB
     * per session). Read every 10 s, at most 3 minutes.
     */
    private static Heap afterKeepAlive(HeapReading heap) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(3);
        Heap h = heap.read();
        while (h.instances(CONNECTION) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10_000);
            h = heap.read();
        }
        if (h.instances(CONNECTION) > 0) {
            REPORT.note("Heap per session: " + h.instances(CONNECTION)
                    + " connections still open after 3 minutes (counted with the sessions).");
        }
        return h;
    }

    /**
     * Signs in the way a user does who follows a link to the partner list: {@code /partners} sends to the
     * login page, which comes back to {@code /partners}; the session then holds that one view.
     */
    private static BrowserContext openPartners(Browser browser, String base) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.navigate(base + "/partners");
        page.locator("vaadin-login-form input[name=username]").fill("viewer");
        page.locator("vaadin-login-form input[name=password]").fill("levier-demo-2026");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#partner-grid").waitFor();
        page.waitForTimeout(500);
        return context;
    }

    /** Live heap after a full GC, read from the class histogram (which runs that GC itself). */
    record Heap(long bytes, Map<String, Long> byClass, Map<String, Long> countByClass) {

        /** @return how many live instances of that class (binary name) the histogram lists */
        long instances(String className) {
            return countByClass.getOrDefault(className, 0L);
        }

        static Heap live() throws Exception {
            return parse((String) java.lang.management.ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {null},
                            new String[] {String[].class.getName()}));
        }

        /** The same, of another JVM, through {@code jcmd <pid> GC.class_histogram}. */
        static Heap of(long pid) throws Exception {
            Process jcmd = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "jcmd")
                                    .toString(),
                            String.valueOf(pid),
                            "GC.class_histogram")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor();
            return parse(out);
        }

        private static Heap parse(String histogram) {
            Map<String, Long> byClass = new java.util.HashMap<>();
            Map<String, Long> countByClass = new java.util.HashMap<>();
            long total = 0;
            java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                            "(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)")
                    .matcher(histogram);
            while (row.find()) {
                String className = row.group(3);
                if (className.startsWith("[Ljdk.internal.vm.FillerElement")) {
                    // not objects: dead space the heap walk reports as filler arrays; they varied from 92 to
                    // 230 kB "per session" between two runs of 20 sessions (17 % and 45 % of the figure)
                    continue;
                }
                long bytes = Long.parseLong(row.group(2));
                byClass.merge(className, bytes, Long::sum);
                countByClass.merge(className, Long.parseLong(row.group(1)), Long::sum);
                total += bytes;
            }
            return new Heap(total, byClass, countByClass);
        }

        String growthSince(Heap before, int sessions, int top) {
            return byClass.entrySet().stream()
                    .map(e -> Map.entry(
                            e.getKey(), e.getValue() - before.byClass().getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(top)
                    .map(e -> String.format(Locale.ROOT, "`%s` %.1f", e.getKey(), e.getValue() / 1024.0 / sessions))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    @Test
    @Order(90)
    void startupTime() throws Exception {
        String url = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getURL());
        List<String> mariadb = List.of(
                "--spring.profiles.active=mariadb",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + System.getenv().getOrDefault("LEVIER_DB_USER", "root"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("LEVIER_DB_PASSWORD", ""));
        String jarName = System.getenv().getOrDefault("LEVIER_BENCH_JAR", "");
        Path jar = jarName.isBlank() ? null : Path.of(jarName);
        if (jar == null || !Files.isRegularFile(jar)) {
            REPORT.note("Startup measured from the test class path (Vaadin in development mode, no AOT cache):"
                    + " no production jar (LEVIER_BENCH_JAR, built by ./bench/run). Production starts faster.");
            List<String> jvm = List.of("-Xmx1g");
            Path h2 = Files.createTempDirectory("levier-startup");
            startupLine(
                    "Startup, embedded H2, first start (migrations + demo data), class path",
                    StartupProbe.fromClassPath(jvm, h2(h2)),
                    null);
            startupLine(
                    "Startup, MariaDB with the large data set, class path",
                    StartupProbe.fromClassPath(jvm, mariadb),
                    null);
            return;
        }
        // the documented way (README, Production): extract the jar, train an AOT cache, start with it
        Path app = Path.of("target", "bench", "app");
        long t0 = System.nanoTime();
        Process training = new ProcessBuilder("bash", "scripts/aot-cache.sh", jar.toString(), app.toString())
                .redirectErrorStream(true)
                .start();
        String trainingOutput = new String(training.getInputStream().readAllBytes());
        if (training.waitFor() != 0) {
            throw new IllegalStateException("scripts/aot-cache.sh failed: " + trainingOutput);
        }
        REPORT.note(String.format(
                Locale.ROOT,
                "AOT cache: `scripts/aot-cache.sh` (extract + training run) took %.0f s: %s",
                (System.nanoTime() - t0) / 1e9,
                trainingOutput.strip()));
        Path extracted = app.resolve("levier.jar");
        Path aot = app.resolve("levier.aot");
        List<String> plain = List.of("-Xmx1g");
        List<String> cached = Files.exists(aot)
                ? List.of("-Xmx1g", "-XX:AOTCache=" + aot)
                : List.of("-Xmx1g", "-XX:SharedArchiveFile=" + app.resolve("levier.jsa"));
        Path coldDir = Files.createTempDirectory("levier-startup");
        Path warmDir = Files.createTempDirectory("levier-startup");
        StartupProbe.Startup firstPlain = StartupProbe.fromJar(jar, plain, h2(coldDir));
        StartupProbe.Startup firstCached = StartupProbe.fromJar(extracted, cached, h2(warmDir));
        StartupProbe.Startup againPlain = StartupProbe.fromJar(jar, plain, h2(coldDir));
        StartupProbe.Startup againCached = StartupProbe.fromJar(extracted, cached, h2(warmDir));
        StartupProbe.Startup mariaPlain = StartupProbe.fromJar(jar, plain, mariadb);
        StartupProbe.Startup mariaCached = StartupProbe.fromJar(extracted, cached, mariadb);
        startupLine(
                "Startup, embedded H2, first start (migrations + demo data), production jar + AOT cache",
                firstCached,
                firstPlain);
        startupLine("Startup, embedded H2, second start, production jar + AOT cache", againCached, againPlain);
        startupLine("Startup, MariaDB with the large data set, production jar + AOT cache", mariaCached, mariaPlain);
    }

    private static List<String> h2(Path dir) {
        return List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("levier")
                        + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH",
                "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }

    private static void startupLine(String what, StartupProbe.Startup measured, StartupProbe.Startup without) {
        REPORT.add(
                what,
                String.format(
                        Locale.ROOT,
                        "ready in %.1f s (Spring Boot: started in %.1f s)",
                        measured.readySeconds(),
                        measured.springSeconds()),
                without == null
                        ? "—"
                        : String.format(
                                Locale.ROOT, "same jar without the cache: ready in %.1f s", without.readySeconds()),
                without == null
                        ? "—"
                        : String.format(Locale.ROOT, "%.2f×", measured.readySeconds() / without.readySeconds()),
                "< 10 s until ready",
                measured.readySeconds() < 10);
    }

    @AfterAll
    static void writeTheReport() throws Exception {
        boolean partial = !System.getenv().getOrDefault("LEVIER_BENCH_ONLY", "").isBlank();
        REPORT.write(
                partial ? Path.of("target", "benchmarks", "partial.md") : Path.of("docs", "benchmarks.md"),
                environment,
                caveat(
                        scale(),
                        LOAD_AT_START,
                        loadAverage(),
                        Runtime.getRuntime().availableProcessors()));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** What a reader must know before trusting the absolute figures: the scale and how busy the machine was. */
    static String caveat(double scale, double loadAtStart, double loadAtEnd, int cores) {
        List<String> parts = new java.util.ArrayList<>();
        if (scale < 1.0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "this run is at %.0f %% of the issue's size (`LEVIER_BENCH_SCALE=%s`): figures that grow with"
                            + " the data (counts, reports, exports, import) are below what the full size gives.",
                    scale * 100,
                    scale));
        }
        double load = Math.max(loadAtStart, loadAtEnd);
        if (load > cores) {
            parts.add(String.format(
                    Locale.ROOT,
                    "the machine was busy with other work (load average %.1f at the start, %.1f at the end, on %d"
                            + " cores): absolute times, startup above all, are inflated; the ratios to the baselines,"
                            + " measured in the same run, are the meaningful part. Rerun `./bench/run` on a quiet machine.",
                    loadAtStart,
                    loadAtEnd,
                    cores));
        }
        return String.join(" Also, ", parts);
    }
}
