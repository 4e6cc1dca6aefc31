package fr.levier.reporting;

import fr.levier.funding.LapseClock;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every deadline of a period, by officer: the lapse deadlines of awarded grants (start of works, else
 * completion; the funder's own date) and the open reporting milestones of the projects. Without an end
 * the period runs 90 days ahead; without a start, overdue deadlines are included.
 */
@Component
class DeadlineQueries {

    /** Officer first (the report is read per officer), then soonest first. */
    static final Comparator<DeadlineRow> ORDER = Comparator.comparing(
                    DeadlineRow::officer, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparing(DeadlineRow::date)
            .thenComparing(r -> r.title() == null ? "" : r.title());

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<DeadlineRow> all(ReportFilter f) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = f.to() != null ? f.to() : today.plusDays(LapseClock.NEAR_DAYS);
        LocalDate from = f.from();
        List<DeadlineRow> out = new ArrayList<>();
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        // the project of the commitment's largest allocation carries the officer
        String sql = "select x.*, pr.code, pr.name project_name, pr.officer_username from ("
                + Sql.commitments(w.toString()) + ") x"
                + " left join project pr on pr.id = (select min(a.project_id) from allocation a"
                + "   where a.commitment_id = x.id and a.amount = (select max(a2.amount) from allocation a2"
                + "   where a2.commitment_id = x.id))"
                + " where x.status in " + Lapse.CLOCKED;
        jdbc.sql(sql).params(w.params).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            BigDecimal atStake =
                    Sql.money(rs, "awarded").subtract(Sql.money(rs, "cashed")).max(BigDecimal.ZERO);
            for (LapseClock.Deadline d : Lapse.all(Lapse.input(rs), today)) {
                if ((from == null || !d.date().isBefore(from)) && !d.date().isAfter(to)) {
                    out.add(new DeadlineRow(
                            d.date(),
                            switch (d.kind()) {
                                case START -> DeadlineRow.DeadlineKind.LAPSE_START;
                                case COMPLETION -> DeadlineRow.DeadlineKind.LAPSE_COMPLETION;
                                case OWN -> DeadlineRow.DeadlineKind.FUNDER_DATE;
                            },
                            rs.getString("officer_username"),
                            rs.getString("code"),
                            rs.getString("project_name"),
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("partner_name"),
                            atStake,
                            d.daysLeft()));
                }
            }
        });
        if (f.partnerId() == null && f.funderType() == null) {
            out.addAll(milestones(f, from, to, today));
        }
        out.sort(ORDER);
        return out;
    }

    private List<DeadlineRow> milestones(ReportFilter f, LocalDate from, LocalDate to, LocalDate today) {
        Sql.Where w = new Sql.Where()
                .and("m.due_on >= :from", "from", from)
                .and("m.project_id = :projectId", "projectId", f.projectId())
                .and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()))
                .param("to", to);
        return jdbc.sql("select m.due_on, m.label, pr.code, pr.name, pr.officer_username from project_milestone m"
                        + " join project pr on pr.id = m.project_id where m.done_on is null and m.due_on <= :to" + w)
                .params(w.params)
                .query((rs, i) -> {
                    LocalDate due = Lapse.date(rs, "due_on");
                    return new DeadlineRow(
                            due,
                            DeadlineRow.DeadlineKind.REPORTING,
                            rs.getString("officer_username"),
                            rs.getString("code"),
                            rs.getString("name"),
                            null,
                            rs.getString("label"),
                            null,
                            null,
                            ChronoUnit.DAYS.between(today, due));
                })
                .list();
    }
}
