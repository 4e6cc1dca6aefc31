package fr.levier.partner.importing;

import fr.levier.partner.Fixtures;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Not a test (its name keeps it out of the default run): builds a 100 000-row partners file with the main
 * contact on each row (Windows-1252, {@code ;}, French type labels), then times upload, dry run and apply,
 * writing rows per second to {@code target/benchmarks/partner-import.txt}. Run it with
 * {@code ./mvnw test -Dtest=PartnerImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}, on MariaDB
 * by setting {@code LEVIER_DB_URL}.
 */
@IntegrationTest
class PartnerImportBenchmark {

    private static final int ROWS = Integer.getInteger("levier.benchmark.rows", 100_000);
    private static final String[] TYPES = {"Entreprise", "Collectivité", "Association", "Établissement public", "SARL"};
    private static final String[] TOWNS = {"Romans-sur-Isère", "Valence", "Peyrins", "Bourg-de-Péage", "Die"};

    @Autowired
    ImportService imports;

    @Autowired
    AsUser as;

    @Test
    void partnersWithContactsPerSecond() throws IOException {
        String run = Fixtures.name("Bench");
        StringBuilder csv = new StringBuilder(
                "Raison sociale;SIRET;Type;Contact;Fonction;Courriel;Téléphone;Newsletter;Code postal;Commune\r\n");
        for (int i = 0; i < ROWS; i++) {
            String town = TOWNS[i % TOWNS.length];
            csv.append(run)
                    .append(" Société ")
                    .append(i)
                    .append(';')
                    .append(i % 2 == 0 ? Fixtures.siret() : "")
                    .append(';')
                    .append(TYPES[i % TYPES.length])
                    .append(";Jean-Marie DE LA FONTAINE ")
                    .append(i)
                    .append(";Gérant;contact")
                    .append(i)
                    .append('.')
                    .append(run.replace(' ', '-').toLowerCase(Locale.ROOT))
                    .append("@example.fr;04 75 00 ")
                    .append(String.format("%02d %02d", (i / 100) % 100, i % 100))
                    .append(";oui;26100;")
                    .append(town)
                    .append("\r\n");
        }
        byte[] bytes = csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252"));
        long t0 = System.nanoTime();
        ImportUpload upload = as.call("officer", () -> imports.upload(ImportTarget.PARTNERS, "bench.csv", bytes, null));
        long t1 = System.nanoTime();
        ImportReport dry = as.call("officer", () -> imports.dryRun(upload.id(), null));
        long t2 = System.nanoTime();
        ImportReport applied = as.call("officer", () -> imports.apply(upload.id()));
        long t3 = System.nanoTime();
        String figures = String.format(
                Locale.ROOT,
                "partners import with contacts, %d rows (%d bytes), %s%n"
                        + "upload (read + detect): %.1f s, %.0f rows/s%n"
                        + "dry run: %.1f s, %.0f rows/s (creates %d, updates %d, skips %d, rejects %d)%n"
                        + "apply: %.1f s, %.0f rows/s (state %s, %d lines written: partner + contact + affiliation each)%n",
                ROWS,
                bytes.length,
                System.getenv().getOrDefault("LEVIER_DB_URL", "H2 in memory"),
                (t1 - t0) / 1e9,
                ROWS / ((t1 - t0) / 1e9),
                (t2 - t1) / 1e9,
                ROWS / ((t2 - t1) / 1e9),
                dry.creates(),
                dry.updates(),
                dry.skips(),
                dry.rejects(),
                (t3 - t2) / 1e9,
                ROWS / ((t3 - t2) / 1e9),
                applied.state(),
                applied.processed());
        Path out = Paths.get("target", "benchmarks", "partner-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures, StandardCharsets.UTF_8);
        System.out.println(figures);
    }
}
