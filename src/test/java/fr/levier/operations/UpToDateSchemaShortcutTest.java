package fr.levier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A start skips Liquibase only when the database is up to date with this very changelog: same
 * fingerprint, as many applied changesets as recorded, no lock held, nothing left pending.
 */
class UpToDateSchemaShortcutTest {

    private static final String MASTER = "classpath:db/changelog/db.changelog-master.yaml";

    private SimpleDriverDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void emptyDatabase() {
        String url = "jdbc:h2:mem:shortcut-" + UUID.randomUUID()
                + ";MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(), url, "sa", "");
        jdbc = new JdbcTemplate(dataSource);
    }

    @Test
    void theFirstStartMigratesAndRecordsTheNextOneSkips() throws Exception {
        Start first = start(MASTER, null);
        assertThat(first.ran).isTrue();
        Long applied = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Long.class);
        assertThat(applied).isGreaterThan(40);
        assertThat(jdbc.queryForObject("select changesets from schema_fingerprint where id = 1", Long.class))
                .isEqualTo(applied);
        assertThat(jdbc.queryForObject("select fingerprint from schema_fingerprint where id = 1", String.class))
                .isEqualTo(UpToDateSchemaShortcut.fingerprint(liquibase(MASTER, null)))
                .hasSize(64);

        Start second = start(MASTER, null);
        assertThat(second.ran).isFalse();
    }

    @Test
    void aRolledBackChangesetMakesLiquibaseRunAgain() throws Exception {
        start(MASTER, null);
        // what "liquibase rollbackCount 1" of the scorecard table would leave
        jdbc.update("drop table scorecard_snapshot");
        jdbc.update("delete from DATABASECHANGELOG where id = '121-scorecard-snapshot'");

        Start again = start(MASTER, null);
        assertThat(again.ran).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from scorecard_snapshot", Long.class))
                .isZero();
        assertThat(start(MASTER, null).ran).isFalse();
    }

    @Test
    void anotherChangelogOrContextOrAHeldLockMakesLiquibaseRun() throws Exception {
        start(MASTER, null);
        assertThat(start(MASTER, "reporting").ran).isTrue();
        assertThat(start(MASTER, "reporting").ran).isFalse();

        jdbc.update(
                "update DATABASECHANGELOGLOCK set locked = true, lockgranted = current_timestamp, lockedby = 'node-2'");
        SpringLiquibase liquibase = liquibase(MASTER, "reporting");
        assertThat(UpToDateSchemaShortcut.upToDate(liquibase, UpToDateSchemaShortcut.fingerprint(liquibase)))
                .isFalse();
        jdbc.update("update DATABASECHANGELOGLOCK set locked = false, lockgranted = null, lockedby = null");
        assertThat(UpToDateSchemaShortcut.upToDate(liquibase, UpToDateSchemaShortcut.fingerprint(liquibase)))
                .isTrue();
        assertThat(UpToDateSchemaShortcut.upToDate(liquibase, "0".repeat(64))).isFalse();
    }

    @Test
    void aChangesetLeftPendingRecordsNothingSoLiquibaseRunsAgain() throws Exception {
        String pending = "classpath:db/pending-changelog/master.yaml";
        assertThat(start(pending, null).ran).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from schema_fingerprint", Long.class))
                .isZero();

        assertThat(start(pending, null).ran).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from schema_fingerprint", Long.class))
                .isZero();
    }

    private record Start(boolean ran) {}

    /** What the application context does with the Liquibase bean: the shortcut around its start. */
    private Start start(String changeLog, String contexts) throws Exception {
        Observed liquibase = liquibase(changeLog, contexts);
        UpToDateSchemaShortcut shortcut = new UpToDateSchemaShortcut();
        shortcut.postProcessBeforeInitialization(liquibase, "liquibase");
        boolean ran = liquibase.willRun();
        liquibase.afterPropertiesSet();
        shortcut.postProcessAfterInitialization(liquibase, "liquibase");
        return new Start(ran);
    }

    private Observed liquibase(String changeLog, String contexts) {
        Observed liquibase = new Observed();
        liquibase.setDataSource(dataSource);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog(changeLog);
        liquibase.setContexts(contexts);
        return liquibase;
    }

    /** Tells whether Liquibase was left to run. */
    private static final class Observed extends SpringLiquibase {
        boolean willRun() {
            return shouldRun;
        }
    }
}
