package fr.levier.partner.importing;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.levier.shared.TooManyRequestsException;
import fr.levier.shared.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs, kept in the database ({@code import_job}), not in the heap (issue 10): the parsed file
 * and the job's mapping, plan and report are stored compressed between requests and read back by the
 * next one, so a server holds only the jobs its requests are working on, any node can serve the next
 * step, and a restart loses nothing. Bounded: each user holds at most {@code levier.import.max-per-user}
 * jobs (finished ones make room first; beyond that a new upload is refused with 429), and a job is
 * forgotten {@code levier.import.keep} after its last step (the data it wrote stays, of course) by
 * {@link ImportJobCleanup}.
 *
 * <p>Writes run in their own transaction: a job's state is saved even when the caller's transaction is
 * read-only or rolls back (a failed apply must still say FAILED). While a job is applied on this node,
 * its live object is shared so that {@link #get} reports the progress line by line.
 */
@Component
class ImportJobs {

    /** The job's own fields that have columns; everything else it holds goes to {@code job_data}. */
    @JsonAutoDetect(
            fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE,
            isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    @JsonIgnoreProperties(
            value = {"id", "owner", "target", "fileName", "file", "createdAt", "locale"},
            ignoreUnknown = true)
    private interface JobData {}

    private static final JsonMapper JSON =
            JsonMapper.builder().addMixIn(ImportJob.class, JobData.class).build();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration keep;
    private final int maxPerUser;
    private final Map<String, ImportJob> applying = new ConcurrentHashMap<>();

    ImportJobs(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock,
            @Value("${levier.import.keep:1h}") Duration keep,
            @Value("${levier.import.max-per-user:3}") int maxPerUser) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.keep = keep;
        this.maxPerUser = maxPerUser;
    }

    /**
     * Stores a new job. The owner's finished jobs make room first (oldest first); if the owner still
     * holds as many jobs as allowed, the upload is refused.
     *
     * @throws TooManyRequestsException when the owner's jobs in progress fill the cap
     */
    void add(ImportJob job) {
        ownTransaction.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            List<Mine> mine = jdbc.query(
                    "select id, state, file_name, expires_at from import_job where owner = ? and expires_at > ?"
                            + " order by created_at",
                    (rs, i) -> new Mine(
                            rs.getString(1), ImportState.valueOf(rs.getString(2)), rs.getString(3), instant(rs, 4)),
                    job.owner,
                    timestamp(now));
            int excess = mine.size() + 1 - maxPerUser;
            for (Mine old : mine) {
                if (excess > 0 && (old.state() == ImportState.DONE || old.state() == ImportState.FAILED)) {
                    jdbc.update("delete from import_job where id = ?", old.id());
                    excess--;
                }
            }
            if (excess > 0) {
                Mine oldest = mine.stream()
                        .filter(m -> m.state() != ImportState.DONE && m.state() != ImportState.FAILED)
                        .findFirst()
                        .orElseThrow();
                Duration wait = Duration.between(now, oldest.expiresAt());
                throw new TooManyRequestsException(
                        Messages.get(
                                "import.error.tooMany",
                                maxPerUser,
                                oldest.fileName(),
                                Math.max(1, (wait.toSeconds() + 59) / 60)),
                        wait);
            }
            jdbc.update(
                    "insert into import_job (id, owner, target, file_name, locale, state, created_at, expires_at,"
                            + " row_count, file_data, job_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    job.id,
                    job.owner,
                    job.target.name(),
                    job.fileName,
                    job.locale.toLanguageTag(),
                    job.state.name(),
                    timestamp(job.createdAt),
                    timestamp(now.plus(keep)),
                    job.file.rows().size(),
                    pack(job.file),
                    pack(job));
        });
    }

    /** Saves the job's mapping, plan, report and state; its expiry starts again (the user is at work). */
    void save(ImportJob job) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "update import_job set state = ?, job_data = ?, expires_at = ? where id = ?",
                job.state.name(),
                pack(job),
                timestamp(clock.instant().plus(keep)),
                job.id));
    }

    /** @return the job, {@code null} when unknown or expired */
    ImportJob get(String id) {
        ImportJob live = applying.get(id);
        if (live != null) {
            return live;
        }
        List<ImportJob> found = jdbc.query(
                "select id, owner, target, file_name, locale, created_at, file_data, job_data, state from import_job"
                        + " where id = ? and expires_at > ?",
                (rs, i) -> read(rs),
                id,
                timestamp(clock.instant()));
        return found.isEmpty() ? null : found.getFirst();
    }

    /** @return the latest job of a user, if any (to find a running import again) */
    ImportJob latestOf(String owner) {
        List<String> ids = jdbc.queryForList(
                "select id from import_job where owner = ? and expires_at > ? order by created_at desc",
                String.class,
                owner,
                timestamp(clock.instant()));
        return ids.isEmpty() ? null : get(ids.getFirst());
    }

    /**
     * Moves an analysed job to RUNNING, once across requests and nodes (a conditional update).
     *
     * @return whether this caller may apply it
     */
    boolean start(ImportJob job) {
        Integer changed = ownTransaction.execute(tx -> jdbc.update(
                "update import_job set state = ? where id = ? and state = ?",
                ImportState.RUNNING.name(),
                job.id,
                ImportState.ANALYSED.name()));
        if (changed == null || changed == 0) {
            return false;
        }
        job.state = ImportState.RUNNING;
        applying.put(job.id, job);
        return true;
    }

    /** Saves the outcome of an apply and lets go of the live job. */
    void finish(ImportJob job) {
        try {
            save(job);
        } finally {
            applying.remove(job.id);
        }
    }

    /** Forgets a job (not while it is applied). @return whether it was removed */
    boolean discard(ImportJob job) {
        Integer removed = ownTransaction.execute(tx ->
                jdbc.update("delete from import_job where id = ? and state <> ?", job.id, ImportState.RUNNING.name()));
        return removed != null && removed > 0;
    }

    /**
     * Removes expired jobs. A job still RUNNING is kept one more period (its apply is one transaction:
     * a node that died while applying has written nothing, and the job goes at the next pass).
     *
     * @return how many were removed
     */
    int removeExpired() {
        Instant now = clock.instant();
        Integer removed = ownTransaction.execute(tx -> jdbc.update(
                "delete from import_job where (expires_at <= ? and state <> ?) or expires_at <= ?",
                timestamp(now),
                ImportState.RUNNING.name(),
                timestamp(now.minus(keep))));
        return removed == null ? 0 : removed;
    }

    /** @return how many jobs are held (all users, expired ones not yet removed included) */
    int size() {
        Integer n = jdbc.queryForObject("select count(*) from import_job", Integer.class);
        return n == null ? 0 : n;
    }

    private ImportJob read(ResultSet rs) throws SQLException {
        ImportJob job = new ImportJob(
                rs.getString("id"),
                rs.getString("owner"),
                ImportTarget.valueOf(rs.getString("target")),
                rs.getString("file_name"),
                unpack(rs.getBytes("file_data"), TabularFile.class),
                instant(rs, 6),
                Locale.forLanguageTag(rs.getString("locale")));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(rs.getBytes("job_data")))) {
            JSON.readerForUpdating(job).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        job.state = ImportState.valueOf(rs.getString("state")); // RUNNING is set by start() on the column only
        return job;
    }

    private static byte[] pack(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            JSON.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T unpack(byte[] data, Class<T> type) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private record Mine(String id, ImportState state, String fileName, Instant expiresAt) {}
}
