package fr.levier.operations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import fr.levier.testsupport.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled work runs once across nodes: every {@code @Scheduled} job holds a ShedLock lock, the lock
 * lives in the shared database (a second node asking for it while held gets nothing), and each run
 * taken is journaled with its node.
 */
@IntegrationTest
class ScheduledJobsTest {

    @Autowired
    LockProvider locks;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyScheduledJobTakesADatabaseLock() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.levier");
        ArchRule rule = methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .because("on several nodes a job without a lock would run once per node");
        rule.check(classes);
    }

    @Test
    void aLockHeldByOneNodeIsRefusedToAnotherAndEachRunIsJournaled() {
        String job = "test-job-" + System.nanoTime();
        LockConfiguration config = new LockConfiguration(Instant.now(), job, Duration.ofMinutes(1), Duration.ZERO);

        Optional<SimpleLock> first = locks.lock(config);
        Optional<SimpleLock> second = locks.lock(config);

        assertThat(first).isPresent();
        assertThat(second).as("the same job while its lock is held").isEmpty();
        first.get().unlock();
        Optional<SimpleLock> afterwards = locks.lock(config);
        assertThat(afterwards).isPresent();
        afterwards.get().unlock();
        assertThat(jdbc.queryForObject(
                        "select count(*) from job_run where job_name = ? and finished_at is not null",
                        Integer.class,
                        job))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, job))
                .isEqualTo(1);
    }
}
