package fr.levier.reporting;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning at 7:00 (Paris), sends the schedules due that day. Safe on several nodes: each schedule
 * is claimed for the day by an atomic update before it is sent, so only one node sends it.
 */
@Component
@EnableScheduling
class ScheduledReportJob {

    private final ReportScheduleRepository schedules;
    private final ReportSender sender;
    private final TransactionTemplate tx;
    private final Clock clock;

    ScheduledReportJob(ReportScheduleRepository schedules, ReportSender sender, TransactionTemplate tx, Clock clock) {
        this.schedules = schedules;
        this.sender = sender;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${levier.reporting.schedule-cron:0 0 7 * * *}", zone = "Europe/Paris")
    void sendDueReports() {
        runDue(LocalDate.now(clock));
    }

    /** Sends what is due on {@code day}; returns how many were sent (or attempted). */
    int runDue(LocalDate day) {
        int n = 0;
        for (ReportSchedule s : schedules.findByEnabledTrueOrderById()) {
            ScheduleSummary summary = s.toSummary();
            if (!summary.frequency().dueOn(day)) {
                continue;
            }
            Integer claimed = tx.execute(st -> schedules.claim(summary.id(), day));
            if (claimed != null && claimed == 1) {
                sender.send(summary, day);
                n++;
            }
        }
        return n;
    }
}
