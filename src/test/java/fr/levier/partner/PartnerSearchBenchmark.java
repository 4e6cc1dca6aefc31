package fr.levier.partner;

import static fr.levier.bench.DataGenerator.TOWNS;
import static fr.levier.bench.DataGenerator.WORDS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run): loads 100 000 partners into the test database
 * and times the header search and the list queries, writing the figures to
 * {@code target/benchmarks/partner-search.txt}. Run it with
 * {@code ./mvnw -o test -Dtest=PartnerSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@IntegrationTest
class PartnerSearchBenchmark {

    private static final int PARTNERS = 100_000;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    AsUser as;

    @Test
    void searchAndListStayFastOn100000Partners() throws Exception {
        long start = System.nanoTime();
        load();
        List<String> out = new ArrayList<>();
        out.add(String.format(
                Locale.ROOT,
                "Loaded %d partners in %.1f s (%s)",
                PARTNERS,
                (System.nanoTime() - start) / 1e9,
                jdbc.getDataSource().getConnection().getMetaData().getURL()));
        out.add(time(
                "header search, one word prefix 'tann'",
                () -> as.call("viewer", () -> partners.quickSearch("tann", 10)).size()));
        out.add(time("header search, two words 'orion valence'", () -> as.call(
                        "viewer", () -> partners.quickSearch("orion valence", 10))
                .size()));
        out.add(time("header search, SIRET prefix '80000000001'", () -> as.call(
                        "viewer", () -> partners.quickSearch("80000000001", 10))
                .size()));
        out.add(time("header search, contacts 'mar'", () -> as.call("viewer", () -> contacts.quickSearch("mar", 10))
                .size()));
        out.add(time("list page 1 by name, no filter", () -> as.call(
                        "viewer", () -> partners.find(PartnerFilter.ALL, PageRequest.of(0, 50, Sort.by("name"))))
                .getNumberOfElements()));
        out.add(time("list count, no filter", () ->
                (int) (long) as.call("viewer", () -> partners.count(PartnerFilter.ALL))));
        out.add(time("list page 1 filtered by text 'orion' (contains)", () -> as.call(
                        "viewer",
                        () -> partners.find(
                                new PartnerFilter("orion", null, null), PageRequest.of(0, 50, Sort.by("name"))))
                .getNumberOfElements()));
        out.add(time("list filtered by type and status", () -> as.call(
                        "viewer",
                        () -> partners.find(
                                new PartnerFilter(null, PartnerType.BANK, RelationshipStatus.ACTIVE),
                                PageRequest.of(0, 50)))
                .getNumberOfElements()));
        out.add(time(
                "dedupe pairs (self-join on normalised name+town)",
                () -> as.call("viewer", () -> partners.duplicatePairs(50)).size()));
        Path file = Path.of("target", "benchmarks", "partner-search.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, out);
        out.forEach(System.out::println);
        assertThat(as.call("viewer", () -> partners.quickSearch("tann", 10))).isNotEmpty();
    }

    private static String time(String what, Supplier<Integer> query) {
        int rows = query.get();
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        int runs = 20;
        long t = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            query.get();
        }
        return String.format(
                Locale.ROOT, "%-55s %8.2f ms/query  (%d rows)", what, (System.nanoTime() - t) / 1e6 / runs, rows);
    }

    private void load() {
        Random r = new Random(1);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> tokens = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            long id = 50_000_000L + i;
            String name = WORDS.get(r.nextInt(WORDS.size())) + " " + WORDS.get(r.nextInt(WORDS.size())) + " " + i;
            String town = TOWNS.get(r.nextInt(TOWNS.size()));
            rows.add(new Object[] {
                id,
                now,
                now,
                name,
                PartnerType.values()[i % PartnerType.values().length].name(),
                String.format("8%013d", i),
                town,
                RelationshipStatus.values()[i % 4].name(),
                false,
                NameNormalizer.organisation(name),
                NameNormalizer.simplify(town)
            });
            for (String t : new java.util.LinkedHashSet<>(NameNormalizer.tokens(name + " " + town))) {
                tokens.add(new Object[] {id, t});
            }
            if (rows.size() == 5000) {
                flush(rows, tokens);
            }
        }
        flush(rows, tokens);
    }

    private void flush(List<Object[]> rows, List<Object[]> tokens) {
        jdbc.batchUpdate(
                "insert into partner (id, version, created_at, updated_at, name, type, siret, town, status, invest_in_romans,"
                        + " normalized_name, normalized_town) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        jdbc.batchUpdate("insert into partner_search_token (partner_id, token) values (?, ?)", tokens);
        rows.clear();
        tokens.clear();
    }
}
