package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/** The retention review list is prepared once a month (the 1st, 6:00 Paris time), unless configured. */
class RetentionScheduleTest {

    @Test
    void theDefaultScheduleRunsOnTheFirstOfEachMonth() throws Exception {
        Scheduled scheduled =
                RetentionReviewJob.class.getDeclaredMethod("prepareMonthlyList").getAnnotation(Scheduled.class);
        String expression = scheduled.cron();
        assertThat(expression).startsWith("${levier.retention.cron:");
        String cron = expression.substring("${levier.retention.cron:".length(), expression.length() - 1);
        CronExpression next = CronExpression.parse(cron);

        LocalDateTime first = next.next(LocalDateTime.of(2026, 11, 26, 9, 0));
        LocalDateTime second = next.next(first);
        LocalDateTime third = next.next(second);

        assertThat(first).isEqualTo(LocalDateTime.of(2026, 12, 1, 6, 0));
        assertThat(second).isEqualTo(LocalDateTime.of(2027, 1, 1, 6, 0));
        assertThat(third).isEqualTo(LocalDateTime.of(2027, 2, 1, 6, 0));
        assertThat(scheduled.zone()).isEqualTo("Europe/Paris");
    }
}
