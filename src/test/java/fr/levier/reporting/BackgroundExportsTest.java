package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.shared.api.NotFoundException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Exports built in the background and kept for their owner ("Mes exports"): the file is the one the
 * synchronous export writes, listed with its status and size, downloadable by its owner only, and gone
 * once expired.
 */
@IntegrationTest
class BackgroundExportsTest {

    private static final Locale FR = Locale.FRENCH;

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    ReportExports exports;

    @Autowired
    ReportTables tables;

    @Autowired
    JdbcTemplate jdbc;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update(
                "update report_export set expires_at = ? where owner_username in ('finance', 'officer')",
                java.sql.Timestamp.from(Instant.now().minusSeconds(60)));
        exports.purgeExpired();
    }

    private ExportSummary waitFor(String user, long id) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            ExportSummary e = as.call(user, () -> exports.get(id)).orElseThrow();
            if (e.status() != ExportStatus.RUNNING) {
                return e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("export " + id + " still running after 60 s");
    }

    private static byte[] read(ReportExports.ExportFile f) throws Exception {
        try (InputStream in = f.content()) {
            return in.readAllBytes();
        }
    }

    @Test
    void theFileIsBuiltInTheBackgroundListedWithItsSizeAndEqualsTheDirectExport() throws Exception {
        ExportSummary started =
                as.call("finance", () -> exports.start(ReportName.RECEIVABLES_AGING, s.filter(), ReportFormat.CSV, FR));
        assertThat(started.status()).isEqualTo(ExportStatus.RUNNING);
        assertThat(started.fileName()).startsWith("receivables-aging-").endsWith(".csv");

        ExportSummary done = waitFor("finance", started.id());
        assertThat(done.status()).isEqualTo(ExportStatus.READY);
        byte[] direct =
                as.call("finance", () -> tables.export(ReportName.RECEIVABLES_AGING, s.filter(), ReportFormat.CSV, FR));
        ReportExports.ExportFile file = as.call("finance", () -> exports.open(started.id()));
        byte[] kept = read(file);
        assertThat(kept).isEqualTo(direct);
        assertThat(new String(kept, StandardCharsets.UTF_8)).contains("Total (3);;;30000,00;0,00;10000,10");
        assertThat(done.sizeBytes()).isEqualTo((long) direct.length);
        assertThat(file.size()).isEqualTo(direct.length);
        assertThat(file.mediaType()).isEqualTo("text/csv");
        assertThat(done.rowsDone()).isEqualTo(3);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.filters()).isEqualTo(as.call("finance", () -> tables.describe(s.filter(), FR)));
        // about a day to fetch it
        assertThat(Duration.between(done.createdAt(), done.expiresAt()))
                .isBetween(Duration.ofHours(24).minusSeconds(5), Duration.ofHours(24));

        assertThat(as.call("finance", () -> exports.mine())).first().satisfies(e -> {
            assertThat(e.id()).isEqualTo(started.id());
            assertThat(e.status()).isEqualTo(ExportStatus.READY);
            assertThat(e.sizeBytes()).isEqualTo((long) direct.length);
        });
    }

    @Test
    void anXlsxExportIsReadBack() throws Exception {
        ExportSummary started = as.call(
                "finance", () -> exports.start(ReportName.FUNDING_BY_FUNDER_TYPE, s.filter(), ReportFormat.XLSX, FR));
        assertThat(waitFor("finance", started.id()).status()).isEqualTo(ExportStatus.READY);
        byte[] bytes = read(as.call("finance", () -> exports.open(started.id())));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            // header, 3 funder types, totals; awarded in column 3
            assertThat(wb.getSheetAt(0).getRow(4 + 3).getCell(3).getNumericCellValue())
                    .isEqualTo(165000.55);
        }
    }

    @Test
    void onlyTheOwnerSeesAndDownloadsIt() throws Exception {
        ExportSummary started = as.call(
                "finance", () -> exports.start(ReportName.FUNDING_BY_PROJECT, s.filter(), ReportFormat.PDF, FR));
        waitFor("finance", started.id());
        assertThat(as.call("officer", () -> exports.get(started.id()))).isEmpty();
        assertThat(as.call("officer", () -> exports.mine())).noneMatch(e -> e.id().equals(started.id()));
        assertThatThrownBy(() -> as.call("officer", () -> exports.open(started.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("officer", () -> exports.delete(started.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(read(as.call("finance", () -> exports.open(started.id())))).startsWith("%PDF".getBytes());
    }

    @Test
    void anExpiredExportIsNoLongerListedAndThePurgeDeletesItsFile() throws Exception {
        ExportSummary started = as.call(
                "finance", () -> exports.start(ReportName.FUNDING_BY_PARTNER, s.filter(), ReportFormat.CSV, FR));
        waitFor("finance", started.id());
        jdbc.update(
                "update report_export set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                started.id());
        assertThat(as.call("finance", () -> exports.mine())).noneMatch(e -> e.id().equals(started.id()));
        assertThatThrownBy(() -> as.call("finance", () -> exports.open(started.id())))
                .isInstanceOf(NotFoundException.class);

        assertThat(exports.purgeExpired()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from report_export where id = ?", Long.class, started.id()))
                .isZero();
    }

    @Test
    void theOwnerDeletesAReadyExport() throws Exception {
        ExportSummary started =
                as.call("finance", () -> exports.start(ReportName.DEADLINES, s.filter(), ReportFormat.CSV, FR));
        waitFor("finance", started.id());
        as.run("finance", () -> exports.delete(started.id()));
        assertThat(as.call("finance", () -> exports.get(started.id()))).isEmpty();
    }
}
