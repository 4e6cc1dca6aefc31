package fr.levier.partner.importing;

import fr.levier.bench.DataGenerator;
import fr.levier.partner.Fixtures;
import fr.levier.partner.SiretRules;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run: surefire includes only {@code *Test}, {@code *Tests} and
 * {@code *IT}): builds a 100 000-row partners file with the main contact on each row (Windows-1252, {@code ;},
 * French type labels, half the rows with a SIRET, all SIRETs different, names of two words and a number in
 * twelve towns), then times upload, dry run and apply separately, writing rows per second to
 * {@code target/benchmarks/partner-import.txt}. Run it with
 * {@code LEVIER_BENCHMARK_ROWS=100000 ./mvnw test -Dtest=PartnerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false},
 * on MariaDB by setting {@code LEVIER_DB_URL}.
 */
@IntegrationTest
class PartnerImportBenchmark {

    /** The suite sets {@code levier.benchmark.rows}; by hand, {@code LEVIER_BENCHMARK_ROWS}. */
    private static int rows() {
        return Integer.parseInt(System.getProperty(
                "levier.benchmark.rows", System.getenv().getOrDefault("LEVIER_BENCHMARK_ROWS", "100000")));
    }

    private static final String[] TYPES = {"Entreprise", "Collectivité", "Association", "Établissement public", "SARL"};
    private static final String[] POSTCODES = {
        "26100", "26000", "69001", "38000", "75001", "26150", "26380", "74000", "30000", "26300", "26400", "26200"
    };

    @Autowired
    ImportService imports;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    private static final List<String> COUNTED = List.of(
            "partner", "contact", "affiliation", "consent_log", "partner_aud", "contact_aud", "affiliation_aud");

    private long[] counts() {
        return COUNTED.stream()
                .mapToLong(t -> jdbc.queryForObject("select count(*) from " + t, Long.class))
                .toArray();
    }

    /** @return a valid SIRET, different for each index (SIREN 8xxxxxxxK), none of them in the demo data */
    static String siret(int index) {
        String siren = SiretRules.withCheckDigit(String.format(Locale.ROOT, "8%07d", index));
        return SiretRules.withCheckDigit(siren + "0001");
    }

    @Test
    void partnersWithContactsPerSecond() throws IOException {
        int rowCount = rows();
        String run = Fixtures.name("Bench").replace(' ', '-').toLowerCase(Locale.ROOT);
        // names and SIRETs of this run only: run again on the same database, the file still creates every line
        String tag = run.substring(run.lastIndexOf('-') + 1) + Long.toString(System.nanoTime() % 1_000_000, 36);
        int siretOffset = (int) ((System.nanoTime() / 1000) % 90) * 100_000;
        List<String> words = DataGenerator.WORDS;
        List<String> towns = DataGenerator.TOWNS;
        StringBuilder csv = new StringBuilder(
                "Raison sociale;SIRET;Type;Contact;Fonction;Courriel;Téléphone;Newsletter;Code postal;Commune\r\n");
        for (int i = 0; i < rowCount; i++) {
            int t = (i / 7) % towns.size();
            csv.append(words.get(i % words.size()))
                    .append(' ')
                    .append(words.get((i / words.size()) % words.size()))
                    .append(" Société ")
                    .append(i)
                    .append(' ')
                    .append(tag)
                    .append(';')
                    .append(i % 2 == 0 ? siret(siretOffset + i) : "")
                    .append(';')
                    .append(TYPES[i % TYPES.length])
                    .append(";Jean-Marie DE LA FONTAINE ")
                    .append(i)
                    .append(";Gérant;contact")
                    .append(i)
                    .append('.')
                    .append(run)
                    .append("@example.fr;04 75 00 ")
                    .append(String.format("%02d %02d", (i / 100) % 100, i % 100))
                    .append(";oui;")
                    .append(POSTCODES[t])
                    .append(';')
                    .append(towns.get(t))
                    .append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
        long[] before = counts();
        long t0 = System.nanoTime();
        ImportUpload upload = as.call("officer", () -> imports.upload(ImportTarget.PARTNERS, "bench.csv", bytes, null));
        long t1 = System.nanoTime();
        ImportReport dry = as.call("officer", () -> imports.dryRun(upload.id(), null));
        long t2 = System.nanoTime();
        ImportReport applied = as.call("officer", () -> imports.apply(upload.id()));
        long t3 = System.nanoTime();
        long[] after = counts();
        StringBuilder lost = new StringBuilder();
        for (int i = 0; i < COUNTED.size(); i++) {
            // every line the report accepted is written: a new partner per create, the rest per create or update
            long expected = i == 0 ? dry.creates() : dry.creates() + dry.updates();
            if (after[i] - before[i] != expected || expected != rowCount) {
                lost.append(String.format(
                        Locale.ROOT, " %s +%d (%d expected);", COUNTED.get(i), after[i] - before[i], expected));
            }
        }
        Runtime rt = Runtime.getRuntime();
        String figures = String.format(
                Locale.ROOT,
                "partners import with contacts, %d rows (%d bytes), %s, %d processors, max heap %d MB, load %s%n"
                        + "upload (read + detect): %.1f s, %.0f rows/s%n"
                        + "dry run: %.1f s, %.0f rows/s (creates %d, updates %d, skips %d, rejects %d)%n"
                        + "apply: %.1f s, %.0f rows/s (checks the plan in bulk, then writes it; state %s, %d lines written: partner"
                        + " + contact + affiliation + consent each, with their audit rows)%n"
                        + "no row lost: %s%n",
                rowCount,
                bytes.length,
                System.getenv().getOrDefault("LEVIER_DB_URL", "H2 in memory"),
                rt.availableProcessors(),
                rt.maxMemory() / (1024 * 1024),
                loadAverage(),
                (t1 - t0) / 1e9,
                rowCount / ((t1 - t0) / 1e9),
                (t2 - t1) / 1e9,
                rowCount / ((t2 - t1) / 1e9),
                dry.creates(),
                dry.updates(),
                dry.skips(),
                dry.rejects(),
                (t3 - t2) / 1e9,
                rowCount / ((t3 - t2) / 1e9),
                applied.state(),
                applied.processed(),
                lost.isEmpty() ? "yes, +" + rowCount + " rows in each of " + COUNTED : "NO:" + lost);
        Path out = Paths.get("target", "benchmarks", "partner-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures, StandardCharsets.UTF_8);
        System.out.println(figures);
        dry.lines().stream()
                .filter(l -> l.outcome() != ImportOutcome.CREATE)
                .limit(5)
                .forEach(l -> System.out.println("not created: " + l));
        if (!lost.isEmpty() || applied.state() != ImportState.DONE) {
            throw new AssertionError("import " + applied.state() + ", rows lost:" + lost);
        }
    }

    /** @return the 1, 5 and 15-minute load averages of the machine (other work shares its processors) */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException | RuntimeException e) {
            return String.format(
                    Locale.ROOT,
                    "%.2f",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
        }
    }
}
