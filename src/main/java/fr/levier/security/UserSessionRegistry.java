package fr.levier.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session registry, in the database so that every node sees it: a row per signed-in session,
 * ended by sign-out, timeout, an admin, a disable or a role change. The filter asks it on each
 * request whether the session may go on, so an ended session stops at its next request whichever
 * node serves it.
 */
@Component
class UserSessionRegistry {

    /** What the filter should do with a request's session. */
    enum Verdict {
        CONTINUE,
        END
    }

    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SessionTimeouts timeouts;

    UserSessionRegistry(JdbcTemplate jdbc, Clock clock, SessionTimeouts timeouts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeouts = timeouts;
    }

    static String publicId(String sessionId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registers the session on its first authenticated request, refreshes its last-seen time at most
     * once a minute, and says whether it has been ended (or outlived the absolute timeout).
     */
    @Transactional
    Verdict check(String sessionId, String username, String remoteAddr, String userAgent) {
        String id = publicId(sessionId);
        Instant now = clock.instant();
        List<Row> rows = jdbc.query(
                "select username, created_at, last_seen_at, ended_at from user_session where id = ?",
                (rs, i) -> new Row(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                id);
        if (rows.isEmpty()) {
            jdbc.update(
                    "insert into user_session (id, username, node, remote_addr, user_agent, created_at, last_seen_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    username,
                    timeouts.node(),
                    truncate(remoteAddr, 64),
                    truncate(userAgent, 200),
                    Timestamp.from(now),
                    Timestamp.from(now));
            return Verdict.CONTINUE;
        }
        Row row = rows.get(0);
        if (row.endedAt() != null || !row.username().equalsIgnoreCase(username)) {
            return Verdict.END;
        }
        if (row.createdAt().plus(timeouts.absolute()).isBefore(now)) {
            end(id, "ABSOLUTE_TIMEOUT");
            return Verdict.END;
        }
        if (row.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
            jdbc.update("update user_session set last_seen_at = ? where id = ?", Timestamp.from(now), id);
        }
        return Verdict.CONTINUE;
    }

    /** Ends one session (by its public id); @return whether it was still open */
    @Transactional
    boolean end(String publicId, String reason) {
        return jdbc.update(
                        "update user_session set ended_at = ?, end_reason = ? where id = ? and ended_at is null",
                        Timestamp.from(clock.instant()),
                        reason,
                        publicId)
                > 0;
    }

    /** Ends every open session of a user; @return how many */
    @Transactional
    int endAllOf(String username, String reason) {
        return jdbc.update(
                "update user_session set ended_at = ?, end_reason = ? where lower(username) = lower(?)"
                        + " and ended_at is null",
                Timestamp.from(clock.instant()),
                reason,
                username);
    }

    /** Sessions not ended and used within the idle timeout, most recent first. */
    @Transactional(readOnly = true)
    List<ActiveSession> active(int offset, int limit) {
        return jdbc.query(
                "select id, username, node, remote_addr, user_agent, created_at, last_seen_at from user_session"
                        + " where ended_at is null and last_seen_at > ? order by last_seen_at desc, id"
                        + " limit ? offset ?",
                (rs, i) -> new ActiveSession(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getTimestamp(7).toInstant()),
                Timestamp.from(idleCutoff()),
                limit,
                offset);
    }

    @Transactional(readOnly = true)
    long countActive() {
        Long n = jdbc.queryForObject(
                "select count(*) from user_session where ended_at is null and last_seen_at > ?",
                Long.class,
                Timestamp.from(idleCutoff()));
        return n == null ? 0 : n;
    }

    private Instant idleCutoff() {
        // last_seen_at is refreshed once a minute: allow for that
        return clock.instant().minus(timeouts.idle()).minus(TOUCH_EVERY);
    }

    private static String truncate(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private record Row(String username, Instant createdAt, Instant lastSeenAt, Instant endedAt) {}
}
