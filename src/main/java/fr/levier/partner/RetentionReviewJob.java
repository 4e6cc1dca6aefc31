package fr.levier.partner;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Prepares the RGPD retention review list each month (once across nodes: ShedLock). */
@Component
@EnableConfigurationProperties(RetentionPolicy.class)
class RetentionReviewJob {

    private final RetentionReviewService reviews;

    RetentionReviewJob(RetentionReviewService reviews) {
        this.reviews = reviews;
    }

    @Scheduled(cron = "${levier.retention.cron:0 0 6 1 * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "retention-review", lockAtLeastFor = "PT5S")
    void prepareMonthlyList() {
        reviews.prepareList();
    }
}
