package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run): loads N commitments (default 100 000,
 * {@code -Dlevier.benchmark.commitments=1000000} on MariaDB) with one allocation each over 1 000 projects
 * and 200 partners, two claims on every other one, then times the report queries and writes the figures
 * to {@code target/benchmarks/funding-reports.txt}. The rows are deleted afterwards. Run:
 * {@code ./mvnw test -Dtest=FundingReportsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class FundingReportsBenchmark {

    private static final long BASE = 900_000_000L;
    private static final int PROJECTS = 1_000;
    private static final int PARTNERS = 200;
    private static final String[] TYPES = {"STATE", "REGION", "DEPARTMENT", "EU_BODY", "PUBLIC_AGENCY", "COMPANY"};
    private static final String[] STATUSES = {"REQUESTED", "AWARDED", "CONVENTION_SIGNED", "PARTIALLY_PAID", "PAID"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FundingReports reports;

    @Autowired
    AsUser as;

    private int commitments = Integer.getInteger("levier.benchmark.commitments", 100_000);

    /** The data set of {@code ./bench/run} (DataGenerator) is there: measure on it, load and delete nothing. */
    private boolean generated;

    @Test
    void reportsOnManyCommitments() throws Exception {
        generated = jdbc.queryForObject("select count(*) from partner where created_by = 'bench'", Long.class) > 0;
        long start = System.nanoTime();
        if (!generated) {
            load();
            fr.levier.testsupport.MoneyTotals.refresh(jdbc, BASE);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String database = jdbc.getDataSource().getConnection().getMetaData().getURL();
        List<String> out = new ArrayList<>();
        if (generated) {
            commitments = jdbc.queryForObject("select count(*) from commitment", Integer.class);
            out.add("Generated data set (DataGenerator): " + commitments + " commitments, "
                    + jdbc.queryForObject("select count(*) from allocation", Long.class) + " allocations, "
                    + jdbc.queryForObject("select count(*) from payment_claim", Long.class) + " claims");
        } else {
            out.add("Commitments, allocations (one each), claims (two on every other awarded one): " + commitments);
            out.add("Loaded in " + Math.round(seconds) + " s");
        }
        out.add("Database: " + database.replaceAll("\\?.*", ""));
        ReportFilter all = ReportFilter.ALL;
        ReportFilter year = ReportFilter.ofYear(LocalDate.now().getYear());
        for (int round = 0; round < 1; round++) {
            out.add(time(
                    "funding-by-funder-type totals, all", () -> as.call("viewer", () -> reports.byFunderTypeTotals(all))
                            .commitments()));
            out.add(time("funding-by-funder-type lines, this year", () ->
                    (long) as.call("viewer", () -> reports.byFunderType(year)).size()));
            out.add(time("funding-by-project totals, all", () -> as.call("viewer", () -> reports.byProjectTotals(all))
                    .projects()));
            out.add(time(
                    "funding-by-project page 1 (50 lines)",
                    () -> (long) as.call("finance", () -> reports.byProject(all, PageRequest.of(0, 50)))
                            .getNumberOfElements()));
            out.add(time("funding-by-project page 1 sorted by awarded desc", () -> (long) as.call(
                            "finance",
                            () -> reports.byProject(
                                    all,
                                    PageRequest.of(
                                            0,
                                            50,
                                            org.springframework.data.domain.Sort.by(
                                                    org.springframework.data.domain.Sort.Direction.DESC, "awarded"))))
                    .getNumberOfElements()));
            out.add(time(
                    "receivables-aging page 1 (50 lines)",
                    () -> (long) as.call("finance", () -> reports.receivablesAging(all, PageRequest.of(0, 50)))
                            .getNumberOfElements()));
            out.add(time(
                    "funding-by-partner page 1 (50 lines)",
                    () -> (long) as.call("finance", () -> reports.byPartner(all, PageRequest.of(0, 50)))
                            .getNumberOfElements()));
            out.add(time("receivables-aging totals (with lapse risk)", () -> as.call(
                            "viewer", () -> reports.receivablesAgingTotals(all))
                    .commitments()));
            out.add(time("cash-forecast 12 months", () ->
                    (long) as.call("viewer", () -> reports.cashForecast(all)).size()));
        }
        Path file = Path.of("target", "benchmarks", "funding-reports.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
        assertThat(as.call("viewer", () -> reports.byFunderTypeTotals(all)).commitments())
                .isPositive();
    }

    /** The median of 5 calls (after the round's first), so one hiccup of a loaded machine does not decide. */
    private static String time(String what, Supplier<Long> query) {
        long n = query.get();
        double[] ms = new double[5];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            query.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return String.format(Locale.ROOT, "%-50s median %8.1f ms  min %8.1f ms  (%d)", what, ms[2], ms[0], n);
    }

    private void load() {
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            rows.add(new Object[] {BASE + i, now, now, "Bench partner " + i, TYPES[i % TYPES.length]});
        }
        jdbc.batchUpdate(
                "insert into partner (id, version, created_at, updated_at, name, type, status, invest_in_romans)"
                        + " values (?, 0, ?, ?, ?, ?, 'ACTIVE', false)",
                rows);
        rows.clear();
        for (int i = 0; i < PROJECTS; i++) {
            rows.add(new Object[] {BASE + i, now, now, "RBENCH-" + i, "Bench project " + i, "bench" + (i % 7)});
        }
        jdbc.batchUpdate(
                "insert into project (id, version, created_at, updated_at, code, name, officer_username, status,"
                        + " city_funding, city_owner, lead_body) values (?, 0, ?, ?, ?, ?, ?, 'APPROVED', 250000.00,"
                        + " true, false)",
                rows);
        int chunk = 5_000;
        for (int from = 0; from < commitments; from += chunk) {
            List<Object[]> c = new ArrayList<>();
            List<Object[]> a = new ArrayList<>();
            List<Object[]> k = new ArrayList<>();
            for (int i = from; i < Math.min(commitments, from + chunk); i++) {
                long id = BASE + i;
                String status = STATUSES[i % STATUSES.length];
                boolean awarded = !"REQUESTED".equals(status);
                Date notified = Date.valueOf(today.minusDays(i % 1500));
                c.add(new Object[] {
                    id,
                    now,
                    now,
                    BASE + (i % PARTNERS),
                    "Bench " + i,
                    status,
                    "100000.00",
                    awarded ? "90000.00" : null,
                    awarded ? notified : null
                });
                a.add(new Object[] {id, now, now, id, BASE + (i % PROJECTS), awarded ? "90000.00" : "100000.00"});
                if (awarded && i % 2 == 0) {
                    k.add(new Object[] {
                        id * 2,
                        now,
                        now,
                        id,
                        "ADVANCE",
                        "PAID",
                        "20000.00",
                        Date.valueOf(today.minusDays(i % 400)),
                        "20000.00",
                        Date.valueOf(today.minusDays(i % 300))
                    });
                    k.add(new Object[] {
                        id * 2 + 1,
                        now,
                        now,
                        id,
                        "INTERIM",
                        "SENT",
                        "30000.00",
                        Date.valueOf(today.minusDays(i % 120)),
                        null,
                        null
                    });
                }
            }
            jdbc.batchUpdate(
                    "insert into commitment (id, version, created_at, updated_at, partner_id, title, kind, status,"
                            + " amount_requested, amount_awarded, notified_on, extension_granted)"
                            + " values (?, 0, ?, ?, ?, ?, 'GRANT', ?, ?, ?, ?, false)",
                    c);
            jdbc.batchUpdate(
                    "insert into allocation (id, version, created_at, updated_at, commitment_id, project_id, amount)"
                            + " values (?, 0, ?, ?, ?, ?, ?)",
                    a);
            jdbc.batchUpdate(
                    "insert into payment_claim (id, version, created_at, updated_at, commitment_id, type, status,"
                            + " amount, sent_on, cashed_amount, cashed_on) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    k);
        }
    }

    @AfterEach
    void cleanUp() {
        if (generated) {
            return;
        }
        jdbc.update(
                "delete from project_funding_rollup where project_id in"
                        + " (select project_id from allocation where commitment_id >= ?)",
                BASE);
        jdbc.update(
                "delete from project_funding_sum where project_id in"
                        + " (select project_id from allocation where commitment_id >= ?)",
                BASE);
        jdbc.update("delete from payment_claim where commitment_id >= ?", BASE);
        jdbc.update("delete from allocation where commitment_id >= ?", BASE);
        jdbc.update("delete from commitment where id >= ?", BASE);
        jdbc.update("delete from project where id >= ?", BASE);
        jdbc.update("delete from partner where id >= ?", BASE);
    }
}
