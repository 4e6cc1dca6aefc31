package fr.levier.partner.importing;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes expired import jobs and their stored files (once across nodes: ShedLock). */
@Component
class ImportJobCleanup {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobCleanup.class);

    private final ImportJobs jobs;

    ImportJobCleanup(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @Scheduled(
            fixedDelayString = "${levier.import.cleanup-every:PT5M}",
            initialDelayString = "${levier.import.cleanup-every:PT5M}")
    @SchedulerLock(name = "import-job-cleanup", lockAtMostFor = "PT10M")
    void removeExpired() {
        int removed = jobs.removeExpired();
        if (removed > 0) {
            LOG.info("Import jobs expired and removed: {}", removed);
        }
    }
}
