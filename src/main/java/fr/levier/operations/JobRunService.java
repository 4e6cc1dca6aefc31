package fr.levier.operations;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the journal of scheduled job runs (admins). */
@Service
public class JobRunService {

    private final JdbcTemplate jdbc;

    JobRunService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param limit how many
     * @return the latest runs, newest first
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<JobRun> latest(int limit) {
        return jdbc.query(
                "select job_name, node, started_at, finished_at from job_run order by started_at desc, id desc limit ?",
                (rs, i) -> new JobRun(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()),
                Math.max(1, Math.min(limit, 1000)));
    }
}
