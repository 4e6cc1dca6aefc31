package fr.levier.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the session registry small and truthful (once across nodes: ShedLock): sessions idle past
 * the timeout are marked ended, and ended sessions are forgotten after 90 days (the registry holds
 * addresses and browsers: personal data, kept no longer than useful for security).
 */
@Component
class SessionCleanupJob {

    static final Duration KEEP_ENDED = Duration.ofDays(90);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SessionTimeouts timeouts;

    SessionCleanupJob(JdbcTemplate jdbc, Clock clock, SessionTimeouts timeouts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    @Scheduled(cron = "${levier.session.cleanup-cron:0 */10 * * * *}")
    @SchedulerLock(name = "session-cleanup", lockAtLeastFor = "PT5S")
    @Transactional
    void cleanUp() {
        var now = clock.instant();
        jdbc.update(
                "update user_session set ended_at = ?, end_reason = 'IDLE_TIMEOUT' where ended_at is null"
                        + " and last_seen_at < ?",
                Timestamp.from(now),
                Timestamp.from(now.minus(timeouts.idle()).minus(Duration.ofMinutes(1))));
        jdbc.update("delete from user_session where ended_at < ?", Timestamp.from(now.minus(KEEP_ENDED)));
    }
}
