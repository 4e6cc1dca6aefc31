package fr.levier.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.integration.spring.SpringResourceAccessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Skips Liquibase at start when the database is known to be up to date with this build's changelog.
 * Liquibase reads and checks every changeset at each start (a good share of the start, see ADR 014);
 * when nothing changed there is nothing to do. After a run that leaves no changeset pending, the
 * fingerprint of the changelog ({@link SchemaFingerprint}) and the number of applied changesets are
 * recorded in {@code schema_fingerprint}; the next start skips Liquibase only if the fingerprint is the
 * same, the changelog table still holds that many rows (a rollback or a hand-deleted row makes
 * Liquibase run) and no lock is held (another node migrating). A changeset left pending (a
 * precondition that says "try again at the next start") records nothing, so Liquibase runs again.
 * {@code levier.liquibase.skip-when-up-to-date=false} turns the shortcut off.
 */
@Component
@ConditionalOnProperty(name = "levier.liquibase.skip-when-up-to-date", havingValue = "true", matchIfMissing = true)
class UpToDateSchemaShortcut implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(UpToDateSchemaShortcut.class);

    /** The one row of {@code schema_fingerprint} (changeset 145). */
    private static final long ROW = 1L;

    private final Map<SpringLiquibase, String> pending = new IdentityHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            String fingerprint = fingerprint(liquibase);
            if (upToDate(liquibase, fingerprint)) {
                liquibase.setShouldRun(false);
                log.info(
                        "Database schema up to date with this changelog (fingerprint {}): Liquibase skipped",
                        fingerprint.substring(0, 12));
            } else {
                pending.put(liquibase, fingerprint);
            }
        }
        return bean;
    }

    /**
     * Right after a Liquibase run: records its fingerprint if nothing is left pending. That reads the
     * changelog once more, on the starts that migrate only (kept in the start rather than in the
     * background, so that a stop soon after the start cannot lose it).
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            String fingerprint = pending.remove(liquibase);
            if (fingerprint != null) {
                record(liquibase, fingerprint);
            }
        }
        return bean;
    }

    static String fingerprint(SpringLiquibase liquibase) {
        // contexts and labels select changesets; parameters only fill in new ones, which change the files
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("contexts", String.valueOf(liquibase.getContexts()));
        settings.put("labels", String.valueOf(liquibase.getLabelFilter()));
        return SchemaFingerprint.of(loader(liquibase), liquibase.getChangeLog(), settings);
    }

    /** True when the recorded fingerprint and changeset count match and nobody holds Liquibase's lock. */
    static boolean upToDate(SpringLiquibase liquibase, String fingerprint) {
        JdbcTemplate jdbc = new JdbcTemplate(liquibase.getDataSource());
        try {
            List<Boolean> matches = jdbc.query(
                    "select f.fingerprint, f.changesets,"
                            + " (select count(*) from " + changeLogTable(liquibase) + ") applied,"
                            + " (select count(*) from " + lockTable(liquibase)
                            + " where locked = true) locks"
                            + " from schema_fingerprint f where f.id = ?",
                    (rs, i) ->
                            fingerprint.equals(rs.getString(1)) && rs.getLong(2) == rs.getLong(3) && rs.getLong(4) == 0,
                    ROW);
            return matches.size() == 1 && matches.getFirst();
        } catch (DataAccessException e) {
            // no table yet (first start, or a database older than changeset 145): Liquibase decides
            return false;
        }
    }

    /** After a Liquibase run: records the fingerprint if no changeset is left pending. */
    static void record(SpringLiquibase liquibase, String fingerprint) {
        DataSource dataSource = liquibase.getDataSource();
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase check =
                    new Liquibase(liquibase.getChangeLog(), new SpringResourceAccessor(loader(liquibase)), database);
            List<ChangeSet> unrun = check.listUnrunChangeSets(
                    new Contexts(liquibase.getContexts()), new LabelExpression(liquibase.getLabelFilter()));
            if (!unrun.isEmpty()) {
                log.info("{} changeset(s) still pending: Liquibase will run again at the next start", unrun.size());
                return;
            }
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Long applied = jdbc.queryForObject("select count(*) from " + changeLogTable(liquibase), Long.class);
            jdbc.update("delete from schema_fingerprint where id = ?", ROW);
            jdbc.update(
                    "insert into schema_fingerprint (id, fingerprint, changesets, recorded_at) values (?, ?, ?, ?)",
                    ROW,
                    fingerprint,
                    applied,
                    Timestamp.from(Instant.now()));
        } catch (SQLException | LiquibaseException | DataAccessException e) {
            // not recorded: Liquibase simply runs again at the next start
            log.warn("Schema fingerprint not recorded ({}): Liquibase will run at the next start", e.toString());
        }
    }

    private static String changeLogTable(SpringLiquibase liquibase) {
        return liquibase.getDatabaseChangeLogTable() != null
                ? liquibase.getDatabaseChangeLogTable()
                : "DATABASECHANGELOG";
    }

    private static String lockTable(SpringLiquibase liquibase) {
        return liquibase.getDatabaseChangeLogLockTable() != null
                ? liquibase.getDatabaseChangeLogLockTable()
                : "DATABASECHANGELOGLOCK";
    }

    private static ResourceLoader loader(SpringLiquibase liquibase) {
        return liquibase.getResourceLoader() != null ? liquibase.getResourceLoader() : new DefaultResourceLoader();
    }
}
