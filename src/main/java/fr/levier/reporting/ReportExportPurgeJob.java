package fr.levier.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every hour, deletes the exports whose time is up, with their files. */
@Component
class ReportExportPurgeJob {

    private final ReportExports exports;

    ReportExportPurgeJob(ReportExports exports) {
        this.exports = exports;
    }

    @Scheduled(cron = "${levier.reporting.export-purge-cron:0 17 * * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "report-exports-purge", lockAtLeastFor = "PT5S", lockAtMostFor = "PT10M")
    void purge() {
        exports.purgeExpired();
    }
}
