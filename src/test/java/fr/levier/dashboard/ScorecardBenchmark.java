package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run): loads commitments with allocations and claims
 * into the test database and times the whole scorecard and an officer's day, writing the figures to
 * {@code target/benchmarks/dashboard.txt}. 100 000 commitments by default; set
 * {@code -Dlevier.bench.commitments=1000000} (on MariaDB: {@code LEVIER_DB_URL=…}) for the size.
 * Run it with {@code ./mvnw test -Dtest=ScorecardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class ScorecardBenchmark {

    private static final String[] STATUSES = {
        "IDENTIFIED",
        "REQUESTED",
        "COMPLETE",
        "AWARDED",
        "REFUSED",
        "CONVENTION_SIGNED",
        "PARTIALLY_PAID",
        "PAID",
        "CLOSED",
        "LAPSED"
    };

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ScorecardService scorecard;

    @Autowired
    MyDayService myDay;

    @Autowired
    AsUser as;

    @Test
    void scorecardAndMyDayOnManyCommitments() throws Exception {
        int count = Integer.getInteger("levier.bench.commitments", 100_000);
        long start = System.nanoTime();
        // on the data set of ./bench/run (DataGenerator) measure what is there; load nothing
        boolean generated =
                jdbc.queryForObject("select count(*) from partner where created_by = 'bench'", Long.class) > 0;
        if (generated) {
            count = jdbc.queryForObject("select count(*) from commitment", Integer.class);
        } else {
            load(count);
        }
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT,
                "Loaded %d commitments (+ allocations, claims) in %.1f s (%s)",
                count,
                (System.nanoTime() - start) / 1e9,
                jdbc.getDataSource().getConnection().getMetaData().getURL()));
        out.add(time("whole scorecard (20 indicators + 4 charts)", () -> as.call("viewer", () -> scorecard.scorecard())
                .indicators()
                .size()));
        out.add(time(
                "my day of 'officer'",
                () -> as.call("officer", () -> myDay.of("officer")).dossiers().size()));
        Path file = Path.of("target", "benchmarks", "dashboard.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
        assertThat(as.call("viewer", () -> scorecard.scorecard()).indicators()).hasSize(IndicatorKey.values().length);
    }

    private static String time(String what, Supplier<Integer> work) {
        int rows = work.get();
        work.get();
        int runs = 5;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            work.get();
        }
        return String.format(
                Locale.ROOT, "%-45s %9.1f ms/call  (%d rows)", what, (System.nanoTime() - t) / 1e6 / runs, rows);
    }

    private void load(int count) {
        List<Long> partners = jdbc.queryForList("select id from partner order by id", Long.class);
        List<Long> projects = jdbc.queryForList("select id from project order by id", Long.class);
        Random r = new Random(7);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        List<Object[]> commitments = new ArrayList<>();
        List<Object[]> allocations = new ArrayList<>();
        List<Object[]> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = 60_000_000L + i;
            String status = STATUSES[r.nextInt(STATUSES.length)];
            LocalDate opened = today.minusDays(r.nextInt(5 * 365));
            LocalDate decided = opened.plusDays(10 + r.nextInt(300));
            boolean awarded = !status.equals("IDENTIFIED") && !status.equals("REQUESTED") && !status.equals("COMPLETE");
            BigDecimal requested =
                    BigDecimal.valueOf(1000 + r.nextInt(500_000), 0).setScale(2);
            commitments.add(new Object[] {
                id,
                now,
                now,
                partners.get(r.nextInt(partners.size())),
                1 + r.nextInt(9),
                "Bench " + i,
                r.nextInt(10) == 0 ? "LOAN" : "GRANT",
                status,
                requested,
                awarded ? requested : null,
                Date.valueOf(opened),
                awarded && decided.isBefore(today) ? Date.valueOf(decided) : null,
                awarded && decided.isBefore(today) ? Date.valueOf(decided) : null
            });
            allocations.add(new Object[] {id, now, now, id, projects.get(r.nextInt(projects.size())), requested});
            if (awarded && r.nextBoolean()) {
                boolean paid = r.nextBoolean();
                LocalDate sent = today.minusDays(r.nextInt(400));
                claims.add(new Object[] {
                    id,
                    now,
                    now,
                    id,
                    paid ? "PAID" : "SENT",
                    requested,
                    Date.valueOf(sent),
                    paid ? requested : null,
                    paid ? Date.valueOf(sent.plusDays(r.nextInt(60))) : null
                });
            }
            if (commitments.size() == 5000) {
                flush(commitments, allocations, claims);
            }
        }
        flush(commitments, allocations, claims);
        fr.levier.testsupport.MoneyTotals.refresh(jdbc, 60_000_000L);
    }

    private void flush(List<Object[]> commitments, List<Object[]> allocations, List<Object[]> claims) {
        jdbc.batchUpdate(
                "insert into commitment (id, version, created_at, updated_at, partner_id, programme_id, title, kind, status,"
                        + " amount_requested, amount_awarded, opened_on, decided_on, notified_on, extension_granted)"
                        + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)",
                commitments);
        jdbc.batchUpdate(
                "insert into allocation (id, version, created_at, updated_at, commitment_id, project_id, amount)"
                        + " values (?, 0, ?, ?, ?, ?, ?)",
                allocations);
        jdbc.batchUpdate(
                "insert into payment_claim (id, version, created_at, updated_at, commitment_id, type, status, amount,"
                        + " sent_on, cashed_amount, cashed_on) values (?, 0, ?, ?, ?, 'INTERIM', ?, ?, ?, ?, ?)",
                claims);
        commitments.clear();
        allocations.clear();
        claims.clear();
    }
}
