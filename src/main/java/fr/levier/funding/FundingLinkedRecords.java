package fr.levier.funding;

import fr.levier.partner.LinkedRecords;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells the partner module whether the project or commitment an interaction or a task names exists (an
 * unknown id is refused with a field error, not stored as a dangling link). Counts by id: no access
 * rule of its own, the caller's service has one.
 */
@Component
class FundingLinkedRecords implements LinkedRecords {

    private final JdbcTemplate jdbc;

    FundingLinkedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean projectExists(long id) {
        return exists("select count(*) from project where id = ?", id);
    }

    @Override
    public boolean commitmentExists(long id) {
        return exists("select count(*) from commitment where id = ?", id);
    }

    private boolean exists(String sql, long id) {
        Integer n = jdbc.queryForObject(sql, Integer.class, id);
        return n != null && n > 0;
    }
}
