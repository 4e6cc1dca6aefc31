package levierfixture.sharedsql;

import org.springframework.jdbc.core.JdbcTemplate;

/** Fixture: a "shared" class counting another module's rows. */
public class CountingRunner {

    private final JdbcTemplate jdbc;

    public CountingRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean empty() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class) == 0;
    }
}
