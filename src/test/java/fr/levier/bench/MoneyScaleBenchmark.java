package fr.levier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.dashboard.ScorecardService;
import fr.levier.dashboard.ServedScorecard;
import fr.levier.funding.FinancingPlanService;
import fr.levier.reporting.FundingReports;
import fr.levier.reporting.ReportFilter;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run): the money figures of issues 12 and 14 on the
 * data set already in the database (levier_bench, 1 000 000 commitments), each with its median, 95th
 * percentile and the load average: the dashboard as served (snapshot), the scorecard computed (what the
 * background job does), funding-by-project first page and its totals line, the portfolio leverage.
 * Writes {@code target/benchmarks/money.txt}. Run with {@code LEVIER_DB_URL=…levier_bench} and the
 * snapshot on (the test profile turns it off), its background job out of the way:
 * {@code ./mvnw test -Dtest=MoneyScaleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine="-Xmx3g -Dlevier.dashboard.snapshot.enabled=true -Dlevier.dashboard.snapshot.initial-delay=PT1H"}.
 */
@IntegrationTest
class MoneyScaleBenchmark {

    @Autowired
    ScorecardService scorecard;

    @Autowired
    FundingReports reports;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    private final List<String> out = new ArrayList<>();

    @Test
    void moneyFiguresAtFullSize() throws Exception {
        out.add(String.format(
                Locale.ROOT,
                "%,d commitments, %,d allocations, %,d claims, %,d interactions, %,d partners",
                jdbc.queryForObject("select count(*) from commitment", Long.class),
                jdbc.queryForObject("select count(*) from allocation", Long.class),
                jdbc.queryForObject("select count(*) from payment_claim", Long.class),
                jdbc.queryForObject("select count(*) from interaction", Long.class),
                jdbc.queryForObject("select count(*) from partner", Long.class)));
        String only = System.getProperty("levier.bench.money", "dashboard,report,portfolio,compute");
        if (only.contains("dashboard")) {
            line(
                    "first dashboard on an empty snapshot (computed, stored)",
                    0,
                    1,
                    () -> as.call("viewer", scorecard::served));
            ServedScorecard s = as.call("viewer", scorecard::served);
            assertThat(s.scorecard().indicators()).isNotEmpty();
            line("dashboard served (whole scorecard, snapshot)", 3, 30, () -> as.call("viewer", scorecard::served));
        }
        if (only.contains("report")) {
            line(
                    "funding-by-project page 1 (50 lines)",
                    1,
                    5,
                    () -> as.call("finance", () -> reports.byProject(ReportFilter.ALL, PageRequest.of(0, 50))));
            line(
                    "funding-by-project totals line (whole portfolio)",
                    0,
                    3,
                    () -> as.call("viewer", () -> reports.byProjectTotals(ReportFilter.ALL)));
        }
        if (only.contains("portfolio")) {
            line(
                    "portfolio leverage (FinancingPlanService.portfolio)",
                    1,
                    3,
                    () -> as.call("viewer", plans::portfolio));
        }
        if (only.contains("compute")) {
            line("scorecard computed (the background job's work)", 0, 2, () -> as.call("viewer", scorecard::refresh));
        }
        // the benchmark leaves the data set as it found it (the snapshot row is the application's own)
        jdbc.update("delete from scorecard_snapshot");
        Path file = Path.of("target", "benchmarks", "money.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private void line(String what, int warmup, int runs, Supplier<?> work) {
        double before = loadAverage();
        Measure m = Measure.of(warmup, runs, work);
        String s = String.format(
                Locale.ROOT,
                "%-55s median %9.1f ms  p95 %9.1f ms  (%d runs; load %.1f → %.1f)",
                what,
                m.medianMs(),
                m.p95Ms(),
                runs,
                before,
                loadAverage());
        out.add(s);
        System.out.println(s);
    }
}
