package fr.levier.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The scorecard's read model for what the reports do not cover (partners, process, learning): SQL
 * aggregates over the other modules' tables, each answering a few rows whatever the size of the data
 * (no entity is loaded). The financial figures come from the reports ({@link ReportsFinancialSource}). Portable between H2 (MariaDB mode) and
 * MariaDB: only {@code YEAR}, {@code MONTH}, {@code TIMESTAMPADD} and {@code TIMESTAMPDIFF}.
 */
@Repository
class IndicatorQueries {

    /** Statuses whose lapse clock runs (as {@code CommitmentStatus.hasLapseClock()}). */
    static final String CLOCKED = "('AWARDED','CONVENTION_SIGNED','PARTIALLY_PAID')";

    private static final String START_DEADLINE = "case when c.notified_on is not null and g.start_years is not null"
            + " then timestampadd(YEAR, g.start_years + case when c.extension_granted = true"
            + " then coalesce(g.extension_years, 0) else 0 end, c.notified_on) end";

    private static final String COMPLETION_DEADLINE = "case when c.works_started_on is not null"
            + " and g.completion_years is not null then timestampadd(YEAR, g.completion_years, c.works_started_on) end";

    private final NamedParameterJdbcTemplate jdbc;

    IndicatorQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long v = jdbc.queryForObject(sql, params, Long.class);
        return v == null ? 0 : v;
    }

    /** Commitments per status: count and amount (awarded when set, requested otherwise). */
    List<PipelineStep> pipeline() {
        return jdbc.query(
                "select c.status s, count(*) n, coalesce(sum(coalesce(c.amount_awarded, c.amount_requested)), 0) v"
                        + " from commitment c group by c.status",
                (rs, i) -> new PipelineStep(
                        rs.getString("s"),
                        rs.getLong("n"),
                        rs.getBigDecimal("v").setScale(2)));
    }

    /** Sum of total costs (excl. tax) and of city money over the projects not abandoned. */
    BigDecimal[] investmentAndCityMoney() {
        return jdbc.queryForObject(
                "select coalesce(sum(p.total_cost_excl_tax), 0) t, coalesce(sum(p.city_funding), 0) c from project p"
                        + " where p.status <> 'ABANDONED'",
                new MapSqlParameterSource(),
                (rs, i) -> new BigDecimal[] {rs.getBigDecimal("t"), rs.getBigDecimal("c")});
    }

    /** Partners in an active relationship. */
    long activePartners() {
        return count("select count(*) from partner where status = 'ACTIVE'", new MapSqlParameterSource());
    }

    /** Partners recorded per month (created_at). */
    Map<YearMonth, BigDecimal> partnersCreatedByMonth(LocalDate from, LocalDate to) {
        return byMonth(
                "select year(created_at) y, month(created_at) m, count(*) v from partner"
                        + " where created_at >= :from and created_at < :to group by year(created_at), month(created_at)",
                period(from, to.plusDays(1)));
    }

    /** Active partners recorded before a date. */
    long activePartnersCreatedBefore(LocalDate day) {
        return count(
                "select count(*) from partner where status = 'ACTIVE' and created_at < :day",
                new MapSqlParameterSource("day", Date.valueOf(day)));
    }

    /** Members of the InvestInRomans network. */
    long investInRomansMembers() {
        return count("select count(*) from partner where invest_in_romans = true", new MapSqlParameterSource());
    }

    /** Members who joined per month ({@code member_since}). */
    Map<YearMonth, BigDecimal> membersJoinedByMonth(LocalDate from, LocalDate to) {
        return byMonth(
                "select year(member_since) y, month(member_since) m, count(*) v from partner"
                        + " where invest_in_romans = true and member_since between :from and :to"
                        + " group by year(member_since), month(member_since)",
                period(from, to));
    }

    /** Members who joined before a date, or whose joining date is unknown. */
    long membersBefore(LocalDate day) {
        return count(
                "select count(*) from partner where invest_in_romans = true and (member_since is null or member_since < :day)",
                new MapSqlParameterSource("day", Date.valueOf(day)));
    }

    /**
     * Partners recorded in {@code [from, before)}: instants, so that the caller decides the time zone of
     * its days (the city's), exactly as the partner list's "recorded from/until" filter does.
     */
    long partnersCreated(java.time.Instant from, java.time.Instant before) {
        return count(
                "select count(*) from partner where created_at >= :from and created_at < :to",
                new MapSqlParameterSource("from", java.sql.Timestamp.from(from))
                        .addValue("to", java.sql.Timestamp.from(before)));
    }

    /** Interactions that took place from {@code from} to {@code to}. */
    long interactions(LocalDate from, LocalDate to) {
        return count("select count(*) from interaction where occurred_on between :from and :to", period(from, to));
    }

    /** Interactions per month. */
    Map<YearMonth, BigDecimal> interactionsByMonth(LocalDate from, LocalDate to) {
        return byMonth(
                "select year(occurred_on) y, month(occurred_on) m, count(*) v from interaction"
                        + " where occurred_on between :from and :to group by year(occurred_on), month(occurred_on)",
                period(from, to));
    }

    /** Projects of the active file. */
    long activeDossiers() {
        return count(
                "select count(*) from project where status not in ('COMPLETED','ABANDONED')",
                new MapSqlParameterSource());
    }

    /**
     * Instruction times of the commitments decided from {@code from} to {@code to}, as a histogram:
     * (year of decision, funder type) → days → number of dossiers. Medians are taken from it.
     */
    Map<Integer, Map<String, Map<Long, Long>>> instructionDays(LocalDate from, LocalDate to) {
        Map<Integer, Map<String, Map<Long, Long>>> out = new TreeMap<>();
        jdbc.query(
                "select year(c.decided_on) y, p.type t, timestampdiff(DAY, coalesce(c.opened_on, c.submitted_on), c.decided_on) d,"
                        + " count(*) n from commitment c join partner p on p.id = c.partner_id"
                        + " where c.decided_on between :from and :to and coalesce(c.opened_on, c.submitted_on) is not null"
                        + " and coalesce(c.opened_on, c.submitted_on) <= c.decided_on"
                        + " group by year(c.decided_on), p.type,"
                        + " timestampdiff(DAY, coalesce(c.opened_on, c.submitted_on), c.decided_on)",
                period(from, to),
                rs -> {
                    out.computeIfAbsent(rs.getInt("y"), y -> new TreeMap<>())
                            .computeIfAbsent(rs.getString("t"), t -> new TreeMap<>())
                            .merge(rs.getLong("d"), rs.getLong("n"), Long::sum);
                });
        return out;
    }

    /**
     * Lapse deadlines met and missed over a period: a step (start of works, completion) met when it
     * happened in the period on or before its deadline; missed when its deadline fell in the period,
     * before {@code today}, and the step had not happened by then.
     *
     * @return {met, missed}
     */
    long[] deadlinesMetAndMissed(LocalDate from, LocalDate to, LocalDate today) {
        String base = " from commitment c join funding_programme g on g.id = c.programme_id where c.status in ("
                + "'AWARDED','CONVENTION_SIGNED','PARTIALLY_PAID','PAID','CLOSED','LAPSED')";
        String sql = "select"
                + " coalesce(sum(case when c.works_started_on between :from and :to and c.works_started_on <= "
                + START_DEADLINE + " then 1 else 0 end), 0)"
                + " + coalesce(sum(case when c.completion_declared_on between :from and :to and c.completion_declared_on <= "
                + COMPLETION_DEADLINE + " then 1 else 0 end), 0) met,"
                + " coalesce(sum(case when " + START_DEADLINE + " between :from and :to and " + START_DEADLINE
                + " < :today and (c.works_started_on is null or c.works_started_on > " + START_DEADLINE
                + ") then 1 else 0 end), 0)"
                + " + coalesce(sum(case when " + COMPLETION_DEADLINE + " between :from and :to and "
                + COMPLETION_DEADLINE + " < :today and (c.completion_declared_on is null or c.completion_declared_on > "
                + COMPLETION_DEADLINE + ") then 1 else 0 end), 0) missed" + base;
        return jdbc.queryForObject(sql, period(from, to).addValue("today", Date.valueOf(today)), (rs, i) ->
                new long[] {rs.getLong("met"), rs.getLong("missed")});
    }

    /** Payment claims sent before {@code sentBefore} and not cashed. */
    long claimsOverdue(LocalDate sentBefore) {
        return count(
                "select count(*) from payment_claim where status = 'SENT' and sent_on < :day",
                new MapSqlParameterSource("day", Date.valueOf(sentBefore)));
    }

    /** Sum of hand-recorded learning values per indicator over a period. */
    Map<String, BigDecimal> learning(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> out = new HashMap<>();
        jdbc.query(
                "select indicator_key k, coalesce(sum(amount), 0) v from learning_entry"
                        + " where recorded_on between :from and :to group by indicator_key",
                period(from, to),
                rs -> {
                    out.put(rs.getString("k"), rs.getBigDecimal("v"));
                });
        return out;
    }

    /** Hand-recorded learning values of one indicator per month. */
    Map<YearMonth, BigDecimal> learningByMonth(String key, LocalDate from, LocalDate to) {
        return byMonth(
                "select year(recorded_on) y, month(recorded_on) m, coalesce(sum(amount), 0) v from learning_entry"
                        + " where indicator_key = :key and recorded_on between :from and :to"
                        + " group by year(recorded_on), month(recorded_on)",
                period(from, to).addValue("key", key));
    }

    private Map<YearMonth, BigDecimal> byMonth(String sql, MapSqlParameterSource params) {
        Map<YearMonth, BigDecimal> out = new TreeMap<>();
        jdbc.query(sql, params, rs -> {
            out.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getBigDecimal("v"));
        });
        return out;
    }

    /** @return the months from {@code from} to {@code to} included */
    static List<YearMonth> months(YearMonth from, YearMonth to) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }
}
