package fr.levier.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one stored scorecard snapshot ({@code scorecard_snapshot}, id 1), shared by every node: the
 * figures as JSON, when they were computed, and since when they are stale (the first funding or partner
 * change after them).
 */
@Repository
class ScorecardSnapshots {

    private static final long ID = 1L;
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** A stored snapshot. */
    record Stored(Scorecard scorecard, Instant computedAt, Instant staleSince, long computeMillis) {}

    private final JdbcClient jdbc;

    ScorecardSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the snapshot, if one was ever computed */
    Optional<Stored> read() {
        return jdbc.sql("select computed_at, stale_since, compute_millis, payload from scorecard_snapshot where id = ?")
                .param(ID)
                .query((rs, i) -> new Stored(
                        JSON.readValue(rs.getString("payload"), Scorecard.class),
                        rs.getTimestamp("computed_at").toInstant(),
                        rs.getTimestamp("stale_since") == null
                                ? null
                                : rs.getTimestamp("stale_since").toInstant(),
                        rs.getLong("compute_millis")))
                .optional();
    }

    /** @return when the snapshot was computed and since when it is stale, without reading its figures */
    Optional<Instant[]> state() {
        return jdbc.sql("select computed_at, stale_since from scorecard_snapshot where id = ?")
                .param(ID)
                .query((rs, i) -> new Instant[] {
                    rs.getTimestamp("computed_at").toInstant(),
                    rs.getTimestamp("stale_since") == null
                            ? null
                            : rs.getTimestamp("stale_since").toInstant()
                })
                .optional();
    }

    /**
     * Stores newly computed figures. A change that arrived while they were computed keeps the snapshot
     * stale (its {@code stale_since} is after {@code startedAt}), so it is computed again.
     */
    void store(Scorecard s, Instant startedAt, Instant computedAt, long millis) {
        String payload = JSON.writeValueAsString(s);
        int n = jdbc.sql("""
                        update scorecard_snapshot set computed_at = :at, as_of = :asOf, compute_millis = :ms,
                          payload = :payload, stale_since = case when stale_since <= :started then null else stale_since end
                        where id = :id""")
                .param("at", Timestamp.from(computedAt))
                .param("asOf", java.sql.Date.valueOf(s.asOf()))
                .param("ms", millis)
                .param("payload", payload)
                .param("started", Timestamp.from(startedAt))
                .param("id", ID)
                .update();
        if (n == 0) {
            try {
                jdbc.sql("""
                                insert into scorecard_snapshot (id, computed_at, as_of, compute_millis, payload)
                                values (?, ?, ?, ?, ?)""")
                        .params(ID, Timestamp.from(computedAt), java.sql.Date.valueOf(s.asOf()), millis, payload)
                        .update();
            } catch (DuplicateKeyException raced) {
                // another node stored its snapshot first: both are fresh
            }
        }
    }

    /** Marks the snapshot stale from {@code now}, unless it is already. */
    void markStale(Instant now) {
        jdbc.sql("update scorecard_snapshot set stale_since = ? where id = ? and stale_since is null")
                .params(Timestamp.from(now), ID)
                .update();
    }
}
