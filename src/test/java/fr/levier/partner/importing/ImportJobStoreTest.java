package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.partner.*;
import fr.levier.security.NewUser;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.shared.TooManyRequestsException;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Import jobs live in the database, not in the heap (issue 10): a job uploaded through one service is
 * analysed and applied by another instance that shares nothing with it but the database; expired jobs
 * are removed; the per-user cap refuses with a 429 problem document that says what to do.
 */
@IntegrationTest
class ImportJobStoreTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportPlanner planner;

    @Autowired
    ImportApplier applier;

    @Autowired
    ImportMappingRepository mappings;

    @Autowired
    List<ImportRowsHandler> handlers;

    @Autowired
    PartnerService partners;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    AsUser as;

    @Value("${levier.import.max-per-user}")
    int cap;

    @LocalServerPort
    int port;

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-26T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Paris");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static byte[] csv(String... names) {
        StringBuilder s = new StringBuilder("Raison sociale;Type;Commune");
        for (String n : names) {
            s.append("\r\n").append(n).append(";Entreprise;Romans-sur-Isère");
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String newOfficer() {
        String login = "imp" + System.nanoTime() % 1_000_000_000L;
        as.call(
                "admin",
                () -> users.create(new NewUser(login, "Import Cap", null, Role.OFFICER, "Rhubarbe-Cadran-Ocre")));
        return login;
    }

    @Test
    void aJobUploadedByOneServiceIsAnalysedAndAppliedByAnotherThatSharesOnlyTheDatabase() {
        String first = Fixtures.name("Stockée en base");
        String second = Fixtures.name("Relue ailleurs");
        ImportUpload upload =
                as.call("officer", () -> imports.upload(ImportTarget.PARTNERS, "base.csv", csv(first, second), null));
        assertThat(jdbc.queryForObject(
                        "select row_count from import_job where id = ? and owner = 'officer' and state = 'UPLOADED'",
                        Integer.class,
                        upload.id()))
                .isEqualTo(2);

        // another node, or this one after a restart: a new store and a new service, nothing shared in memory
        ImportJobs otherStore = new ImportJobs(jdbc, transactions, clock, Duration.ofHours(1), cap);
        ImportService other = new ImportService(otherStore, planner, applier, mappings, clock, handlers);
        ImportReport analysed = as.call("officer", () -> other.dryRun(upload.id(), null));
        assertThat(analysed.creates()).isEqualTo(2);
        assertThat(as.call("officer", () -> imports.report(upload.id()).state()))
                .isEqualTo(ImportState.ANALYSED);

        ImportReport applied = as.call("officer", () -> imports.apply(upload.id()));
        assertThat(applied.state()).as(String.valueOf(applied.error())).isEqualTo(ImportState.DONE);
        assertThat(applied.processed()).isEqualTo(2);
        assertThat(as.call("officer", () -> other.report(upload.id()).state())).isEqualTo(ImportState.DONE);
        assertThat(as.call("viewer", () -> partners.find(new PartnerFilter(first, null, null), PageRequest.of(0, 5))
                        .getTotalElements()))
                .isEqualTo(1);
        // a second apply, from either instance, is refused: the state is in the database
        assertThatThrownBy(() -> as.call("officer", () -> other.apply(upload.id())))
                .hasMessageContaining(fr.levier.shared.i18n.Messages.get(Locale.FRENCH, "import.error.state"));
        // and another user does not see it
        assertThatThrownBy(() -> as.call("admin", () -> other.report(upload.id())))
                .isInstanceOf(fr.levier.shared.api.NotFoundException.class);
    }

    @Test
    void expiredJobsAreForgottenThenRemovedByTheCleanup() {
        MovableClock moving = new MovableClock();
        ImportJobs store = new ImportJobs(jdbc, transactions, moving, Duration.ofHours(1), 3);
        String owner = "expiry-" + UUID.randomUUID();
        ImportJob job = job(owner, moving.now);
        store.add(job);
        moving.now = moving.now.plus(Duration.ofMinutes(50));
        assertThat(store.get(job.id)).isNotNull();
        store.save(store.get(job.id)); // a step restarts the hour
        moving.now = moving.now.plus(Duration.ofMinutes(50));
        assertThat(store.get(job.id)).as("50 minutes after its last step").isNotNull();

        moving.now = moving.now.plus(Duration.ofMinutes(11));
        assertThat(store.get(job.id)).as("61 minutes after its last step").isNull();
        assertThat(store.latestOf(owner)).isNull();
        assertThat(count(job.id)).as("forgotten, not yet removed").isEqualTo(1);
        new ImportJobCleanup(store).removeExpired();
        assertThat(count(job.id)).isZero();
    }

    @Test
    void finishedJobsMakeRoomAndBeyondTheCapAnUploadIsRefusedSayingWhatToDo() {
        MovableClock moving = new MovableClock();
        ImportJobs store = new ImportJobs(jdbc, transactions, moving, Duration.ofHours(1), 3);
        String owner = "cap-" + UUID.randomUUID();
        ImportJob done = job(owner, moving.now);
        store.add(done);
        done.state = ImportState.DONE;
        store.save(done);
        store.add(job(owner, moving.now));
        store.add(job(owner, moving.now));
        ImportJob fourth = job(owner, moving.now);
        store.add(fourth); // the finished one made room
        assertThat(count(done.id)).isZero();
        assertThat(count(fourth.id)).isEqualTo(1);

        moving.now = moving.now.plus(Duration.ofMinutes(20));
        assertThatThrownBy(() -> store.add(job(owner, moving.now)))
                .isInstanceOfSatisfying(TooManyRequestsException.class, e -> {
                    assertThat(e.getRetryAfter()).isEqualTo(Duration.ofMinutes(40));
                    assertThat(e.getMessage())
                            .contains("3")
                            .contains("people.csv")
                            .contains("40 min");
                });
        assertThat(jdbc.queryForObject("select count(*) from import_job where owner = ?", Integer.class, owner))
                .isEqualTo(3);
        // discarding one frees a place
        store.discard(fourth);
        store.add(job(owner, moving.now));
    }

    @Test
    void overTheApiTheCapIsA429ProblemWithRetryAfterAndADiscardFreesAPlace() {
        String login = newOfficer();
        ApiClient api = new ApiClient(port).basic(login, "Rhubarbe-Cadran-Ocre");
        String last = null;
        for (int i = 0; i < cap; i++) {
            var r = api.postBytes("/api/imports?target=PARTNERS&fileName=cap.csv", "text/csv", csv("Cap " + i));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            last = r.body().replaceAll(".*?\"id\":\"([^\"]+)\".*", "$1");
        }
        var refused = api.postBytes("/api/imports?target=PARTNERS&fileName=cap.csv", "text/csv", csv("Cap de trop"));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(3000L, 3600L));
        assertThat(refused.body()).contains("\"status\":429").contains("Vous avez déjà " + cap + " imports en cours");

        assertThat(api.delete("/api/imports/" + last).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/imports/" + last).statusCode()).isEqualTo(404);
        assertThat(api.postBytes("/api/imports?target=PARTNERS&fileName=cap.csv", "text/csv", csv("Cap libéré"))
                        .statusCode())
                .isEqualTo(201);
    }

    private int count(String id) {
        return jdbc.queryForObject("select count(*) from import_job where id = ?", Integer.class, id);
    }

    private static ImportJob job(String owner, Instant at) {
        TabularFile file = new TabularFile(
                "CSV", "UTF-8", ';', List.of("Nom", "Courriel"), List.of(List.of("Dupont", "dupont@example.fr")));
        return new ImportJob(
                UUID.randomUUID().toString(), owner, ImportTarget.CONTACTS, "people.csv", file, at, Locale.FRENCH);
    }
}
