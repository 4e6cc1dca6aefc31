package fr.levier.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Read model of "My day": the officer's projects, their clocked grants and due milestones (bounded lists). */
@Repository
class MyDayQueries {

    private final NamedParameterJdbcTemplate jdbc;

    MyDayQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active projects in an officer's charge, by code. */
    List<ProjectRow> projects(String officer, int limit) {
        return jdbc.query(
                "select p.id, p.code, p.name, p.status from project p where p.officer_username = :me"
                        + " and p.status not in ('COMPLETED','ABANDONED') order by p.code limit " + limit,
                new MapSqlParameterSource("me", officer),
                (rs, i) -> new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** Grants with a running lapse clock that fund the officer's active projects. */
    List<GrantRow> clockedGrants(String officer) {
        return jdbc.query(
                "select c.id, c.title, c.amount_awarded, c.notified_on, c.works_started_on, c.completion_declared_on,"
                        + " c.extension_granted, c.own_deadline, g.start_years, g.completion_years, g.extension_years,"
                        + " p.id pid, p.code, p.name from commitment c join allocation a on a.commitment_id = c.id"
                        + " join project p on p.id = a.project_id left join funding_programme g on g.id = c.programme_id"
                        + " where p.officer_username = :me and p.status not in ('COMPLETED','ABANDONED')"
                        + " and c.status in " + IndicatorQueries.CLOCKED + " and c.completion_declared_on is null",
                new MapSqlParameterSource("me", officer),
                (rs, i) -> new GrantRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getBigDecimal("amount_awarded"),
                        date(rs.getDate("notified_on")),
                        date(rs.getDate("works_started_on")),
                        date(rs.getDate("completion_declared_on")),
                        rs.getBoolean("extension_granted"),
                        date(rs.getDate("own_deadline")),
                        (Integer) rs.getObject("start_years", Integer.class),
                        (Integer) rs.getObject("completion_years", Integer.class),
                        (Integer) rs.getObject("extension_years", Integer.class),
                        rs.getLong("pid"),
                        rs.getString("code") + " – " + rs.getString("name")));
    }

    /** Open milestones of the officer's active projects due on or before {@code until}. */
    List<MilestoneRow> milestonesDue(String officer, LocalDate until) {
        return jdbc.query(
                "select m.label, m.due_on, p.id, p.code, p.name from project_milestone m join project p on p.id = m.project_id"
                        + " where p.officer_username = :me and p.status not in ('COMPLETED','ABANDONED')"
                        + " and m.done_on is null and m.due_on <= :until order by m.due_on",
                new MapSqlParameterSource("me", officer).addValue("until", Date.valueOf(until)),
                (rs, i) -> new MilestoneRow(
                        rs.getString(1),
                        rs.getDate(2).toLocalDate(),
                        rs.getLong(3),
                        rs.getString(4) + " – " + rs.getString(5)));
    }

    /** Projects (among the officer's) with an open task due before {@code today}. */
    List<Long> projectsWithOverdueTask(String officer, LocalDate today) {
        return jdbc.queryForList(
                "select distinct t.project_id from crm_task t join project p on p.id = t.project_id"
                        + " where p.officer_username = :me and t.done = false and t.due_date < :today",
                new MapSqlParameterSource("me", officer).addValue("today", Date.valueOf(today)),
                Long.class);
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    record ProjectRow(long id, String code, String name, String status) {}

    record GrantRow(
            long id,
            String title,
            BigDecimal awarded,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            boolean extensionGranted,
            LocalDate ownDeadline,
            Integer startYears,
            Integer completionYears,
            Integer extensionYears,
            long projectId,
            String project) {}

    record MilestoneRow(String label, LocalDate dueOn, long projectId, String project) {}
}
