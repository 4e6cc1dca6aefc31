package fr.levier.operations;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes the {@code job_run} journal: which node ran which scheduled job, when. */
@Component
class JobRunJournal {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;

    JobRunJournal(JdbcTemplate jdbc, Clock clock, @Value("${levier.session.node:local}") String node) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.node = node;
    }

    long started(String job) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                c -> {
                    PreparedStatement ps = c.prepareStatement(
                            "insert into job_run (job_name, node, started_at) values (?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
                    ps.setString(1, job);
                    ps.setString(2, node);
                    ps.setTimestamp(3, Timestamp.from(clock.instant()));
                    return ps;
                },
                key);
        return key.getKeyAs(Number.class).longValue();
    }

    void finished(long run) {
        jdbc.update(
                "update job_run set finished_at = ?, outcome = 'DONE' where id = ?",
                Timestamp.from(clock.instant()),
                run);
    }
}
