package fr.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.FinancingPlanService;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.file.Path;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
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

    @AfterAll
    static void writeTheReport() throws Exception {
        REPORT.write(Path.of("docs", "benchmarks.md"), environment);
    }
}
