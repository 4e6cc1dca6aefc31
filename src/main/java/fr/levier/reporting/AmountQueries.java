package fr.levier.reporting;

import fr.levier.funding.FundingRollup;
import fr.levier.funding.Leverage;
import fr.levier.funding.SelfFinancingFloor;
import fr.levier.partner.PartnerType;
import fr.levier.project.ChefDeFileField;
import fr.levier.project.FloorExemption;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plan-column reports (by project, by partner, by funder type) as SQL aggregates. */
@Component
class AmountQueries {

    /** Sortable columns of funding-by-project (layout keys → SQL); the first three page projects first. */
    static final Map<String, String> PROJECT_SORT = Map.ofEntries(
            Map.entry("projectCode", "pr.code"),
            Map.entry("project", "pr.name"),
            Map.entry("officer", "pr.officer_username"),
            Map.entry("cityFunding", "pr.city_funding"),
            Map.entry("requested", "requested"),
            Map.entry("awarded", "awarded"),
            Map.entry("signed", "signed"),
            Map.entry("claimed", "claimed"),
            Map.entry("cashed", "cashed"),
            Map.entry("toClaim", "to_claim"),
            Map.entry("toCash", "to_cash"),
            Map.entry("toRepay", "to_repay"));

    /** Columns of the project table alone: sorting on them pages the projects before summing anything. */
    private static final java.util.Set<String> PROJECT_OWN =
            java.util.Set.of("projectCode", "project", "officer", "cityFunding");

    /** Sortable columns of funding-by-partner (layout keys → SQL). */
    static final Map<String, String> PARTNER_SORT = Map.ofEntries(
            Map.entry("partner", "x.partner_name"),
            Map.entry("funderType", "x.partner_type"),
            Map.entry("commitments", "n"),
            Map.entry("requested", "requested"),
            Map.entry("awarded", "awarded"),
            Map.entry("signed", "signed"),
            Map.entry("claimed", "claimed"),
            Map.entry("cashed", "cashed"),
            Map.entry("toClaim", "to_claim"),
            Map.entry("toCash", "to_cash"),
            Map.entry("toRepay", "to_repay"));

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FundingRollup rollup;

    AmountQueries(JdbcClient jdbc, Clock clock, FundingRollup rollup) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.rollup = rollup;
    }

    // ---- by project from funding's rollup (ADR 010 §15): no period, no partner ----

    /**
     * Whether funding's per-project rollup answers the filter: it is kept by project and funder type, so
     * a period (commitments' reference date) or one partner needs the live lines.
     */
    static boolean rollupAnswers(ReportFilter f) {
        return f.from() == null && f.to() == null && f.partnerId() == null;
    }

    /**
     * The same columns as {@link #projectLines} (aliases {@code x}, {@code pr}), summed from the rollup
     * rows of each project (one row per funder type) instead of from every allocation.
     */
    private static String rollupLines(ReportFilter f, Sql.Where w, String rows) {
        Sql.Where r = new Sql.Where()
                .and("r.partner_type = :funderType", "funderType", f.funderType())
                .and("r.project_id = :projectId", "projectId", f.projectId());
        w.params.putAll(r.params);
        w.and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()));
        return """
                select x.project_id, pr.code, pr.name, pr.officer_username, pr.city_funding, pr.city_owner,
                  pr.chef_de_file_field, pr.ctec_rate, pr.exemption_type, pr.eligible_expense,
                  x.n, x.requested, x.awarded, x.signed, x.claimed, x.cashed, x.to_claim, x.to_cash, x.to_repay,
                  x.public_aid, x.lever
                from (select r.project_id, sum(r.line_count) n, sum(r.requested) requested, sum(r.awarded) awarded,
                    sum(r.signed) signed, sum(r.claimed) claimed, sum(r.cashed) cashed, sum(r.to_claim) to_claim,
                    sum(r.open_claims) to_cash, sum(r.to_repay) to_repay, sum(r.public_aid) public_aid,
                    sum(r.lever) lever
                  from %s r where 1 = 1 %s %s group by r.project_id) x
                join project pr on pr.id = x.project_id
                where 1 = 1 %s
                """.formatted(rollupTable(f), r, rows, w);
    }

    /** {@code from … where …} of the projects with rollup rows under the filter (alias {@code pr}). */
    private static String rollupProjects(ReportFilter f, Sql.Where w) {
        w.and("pr.id = :projectId", "projectId", f.projectId())
                .and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()));
        String type = f.funderType() == null ? "" : " and r.partner_type = :funderType";
        if (f.funderType() != null) {
            w.param("funderType", f.funderType().name());
        }
        return "from project pr where exists (select 1 from " + rollupTable(f) + " r where r.project_id = pr.id" + type
                + ")" + w;
    }

    /**
     * The per-project sums (one row per project) when no funder type filters, else the rows by project and
     * funder type: the same columns, 20 000 rows instead of 266 000 at full size.
     */
    private static String rollupTable(ReportFilter f) {
        return f.funderType() == null ? "project_funding_sum" : "project_funding_rollup";
    }

    // ---- by project: allocations, each commitment's columns pro rata of the allocation ----

    private static String projectLines(ReportFilter f, Sql.Where w) {
        return projectLines(f, w, "");
    }

    private static String projectLines(ReportFilter f, Sql.Where w, String allocations) {
        Sql.Where inner =
                Sql.Where.commitments(new ReportFilter(f.from(), f.to(), null, f.partnerId(), f.funderType(), null));
        w.params.putAll(inner.params);
        w.and("x.project_id = :projectId", "projectId", f.projectId())
                .and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()));
        return """
                select x.project_id, pr.code, pr.name, pr.officer_username, pr.city_funding, pr.city_owner,
                  pr.chef_de_file_field, pr.ctec_rate, pr.exemption_type, pr.eligible_expense, %1$s,
                  sum(case when x.partner_type in %2$s and x.kind in %3$s
                      then (case when x.awarded_flag = 1 then x.awarded else x.requested end) else 0 end) public_aid,
                  sum(case when x.kind in %4$s then x.awarded else 0 end) lever
                from (select a.project_id, c0.partner_type, c0.kind, c0.awarded_flag,
                    round(c0.requested * a.amount / nullif(c0.base, 0), 2) requested,
                    round(c0.awarded * a.amount / nullif(c0.base, 0), 2) awarded,
                    round(c0.signed * a.amount / nullif(c0.base, 0), 2) signed,
                    round(c0.claimed * a.amount / nullif(c0.base, 0), 2) claimed,
                    round(c0.cashed * a.amount / nullif(c0.base, 0), 2) cashed,
                    round(c0.open_claims * a.amount / nullif(c0.base, 0), 2) open_claims
                  from allocation a join (%5$s) c0 on c0.id = a.commitment_id where a.cancelled_on is null %7$s) x
                join project pr on pr.id = x.project_id
                where 1 = 1 %6$s
                group by x.project_id, pr.code, pr.name, pr.officer_username, pr.city_funding, pr.city_owner,
                  pr.chef_de_file_field, pr.ctec_rate, pr.exemption_type, pr.eligible_expense
                """.formatted(
                        Sql.SUMS,
                        Sql.PUBLIC_TYPES,
                        Sql.PUBLIC_KINDS,
                        Sql.LEVER_KINDS,
                        Sql.commitments(inner.toString()),
                        w.toString(),
                        allocations);
    }

    Page<ProjectFundingRow> byProject(ReportFilter f, Pageable pageable) {
        return byProject(f, pageable, rollupAnswers(f));
    }

    /**
     * @param fromRollup whether to read funding's rollup (only when {@link #rollupAnswers}) rather than
     *                   every allocation; both give the same page (tested)
     */
    Page<ProjectFundingRow> byProject(ReportFilter f, Pageable pageable, boolean fromRollup) {
        if (fromRollup) {
            rollup.applyPending();
        }
        Sql.Where w = new Sql.Where();
        String lines = fromRollup ? rollupLines(f, w, "") : projectLines(f, w);
        long[] total = {0};
        String pageSql;
        boolean projectsFirst =
                pageable.isPaged() && pageable.getSort().stream().allMatch(o -> PROJECT_OWN.contains(o.getProperty()));
        if (projectsFirst) {
            // sorted on the project's own columns: page the projects (index order, LIMIT), then sum only theirs
            Sql.Where pw = new Sql.Where();
            String projects = fromRollup ? rollupProjects(f, pw) : fundedProjects(f, pw);
            total[0] = jdbc.sql("select count(*) " + projects)
                    .params(pw.params)
                    .query(Long.class)
                    .single();
            List<Long> ids = jdbc.sql(
                            "select pr.id " + projects + SqlOrder.of(pageable, PROJECT_SORT, "pr.code, pr.id"))
                    .params(pw.params)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                return new PageImpl<>(List.of(), pageable, total[0]);
            }
            Sql.Where iw = new Sql.Where();
            iw.param("pageIds", ids);
            lines = fromRollup
                    ? rollupLines(f, iw, "and r.project_id in (:pageIds)")
                    : projectLines(f, iw, "and a.project_id in (:pageIds)");
            w = iw;
            pageSql = lines + SqlOrder.of(Pageable.unpaged(pageable.getSort()), PROJECT_SORT, "pr.code, x.project_id");
        } else {
            // sorted on an amount: one pass over the lines, the count in the same query (window)
            pageSql = "select t.*, count(*) over () total_lines from (" + lines + ") t"
                    + SqlOrder.of(pageable, outer(PROJECT_SORT), "t.code, t.project_id");
        }
        record Raw(
                ProjectFundingRow row,
                BigDecimal publicAid,
                boolean owner,
                BigDecimal rate,
                FloorExemption exemption,
                BigDecimal eligible) {}
        List<Raw> raws = jdbc.sql(pageSql)
                .params(w.params)
                .query((rs, i) -> {
                    if (!projectsFirst) {
                        total[0] = rs.getLong("total_lines");
                    }
                    BigDecimal city = Sql.money(rs, "city_funding");
                    return new Raw(
                            new ProjectFundingRow(
                                    rs.getLong("project_id"),
                                    rs.getString("code"),
                                    rs.getString("name"),
                                    rs.getString("officer_username"),
                                    Sql.amounts(rs),
                                    city,
                                    Leverage.ratio(Sql.money(rs, "lever"), city),
                                    null,
                                    false,
                                    false),
                            Sql.money(rs, "public_aid"),
                            rs.getBoolean("city_owner"),
                            SelfFinancingFloor.rate(
                                    enumOrNull(ChefDeFileField.class, rs.getString("chef_de_file_field")),
                                    rs.getBigDecimal("ctec_rate")),
                            enumOrNull(FloorExemption.class, rs.getString("exemption_type")),
                            rs.getBigDecimal("eligible_expense"));
                })
                .list();
        Set<Long> atRisk =
                projectsAtRisk(raws.stream().map(r -> r.row().projectId()).toList());
        List<ProjectFundingRow> rows = raws.stream()
                .map(r -> {
                    SelfFinancingFloor.Result floor = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                            r.owner(), r.rate(), r.exemption(), r.row().cityFunding(), r.publicAid(), r.eligible()));
                    ProjectFundingRow p = r.row();
                    return new ProjectFundingRow(
                            p.projectId(),
                            p.code(),
                            p.name(),
                            p.officer(),
                            p.amounts(),
                            p.cityFunding(),
                            p.leverage(),
                            floor.status(),
                            floor.broken(),
                            atRisk.contains(p.projectId()));
                })
                .toList();
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /** The same whitelist, on the columns of a wrapped query (alias {@code t}). */
    private static Map<String, String> outer(Map<String, String> columns) {
        Map<String, String> out = new HashMap<>();
        columns.forEach((k, v) -> out.put(k, "t." + v.substring(v.indexOf('.') + 1)));
        return out;
    }

    /**
     * {@code from … where …} of the projects that have at least one counted commitment allocated under
     * the filter (alias {@code pr}).
     */
    private static String fundedProjects(ReportFilter f, Sql.Where w) {
        Sql.Where inner =
                Sql.Where.commitments(new ReportFilter(f.from(), f.to(), null, f.partnerId(), f.funderType(), null));
        w.params.putAll(inner.params);
        w.and("pr.id = :projectId", "projectId", f.projectId())
                .and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()));
        // a scalar subquery stopping at the first line, not EXISTS: MariaDB turns EXISTS into a semi-join
        // that materialises every allocation of every partner (7,8 s at 1 000 000 commitments) where this
        // probes each project's allocations by index (ADR 010 §14)
        // the partner is joined only when the funder type filters (one probe less per allocation otherwise)
        String partner = f.funderType() == null ? "" : " join partner p on p.id = c.partner_id";
        return "from project pr where (select 1 from allocation a join commitment c on c.id = a.commitment_id"
                + partner + " where a.project_id = pr.id and a.cancelled_on is null and c.status not in " + Sql.DEAD
                + inner + " limit 1) is not null" + w;
    }

    ProjectFundingTotals byProjectTotals(ReportFilter f) {
        return byProjectTotals(f, rollupAnswers(f));
    }

    /** @param fromRollup as in {@link #byProject(ReportFilter, Pageable, boolean)} */
    ProjectFundingTotals byProjectTotals(ReportFilter f, boolean fromRollup) {
        if (fromRollup) {
            rollup.applyPending();
        }
        Sql.Where w = new Sql.Where();
        String lines = fromRollup ? rollupLines(f, w, "") : projectLines(f, w);
        return jdbc.sql("select count(*) projects, sum(t.requested) requested, sum(t.awarded) awarded,"
                        + " sum(t.signed) signed, sum(t.claimed) claimed, sum(t.cashed) cashed,"
                        + " sum(t.to_claim) to_claim, sum(t.to_cash) to_cash, sum(t.to_repay) to_repay,"
                        + " sum(t.city_funding) city, sum(t.lever) lever from (" + lines + ") t")
                .params(w.params)
                .query((rs, i) -> {
                    BigDecimal city = Sql.money(rs, "city");
                    return new ProjectFundingTotals(
                            rs.getLong("projects"),
                            Sql.amounts(rs),
                            city,
                            Leverage.ratio(Sql.money(rs, "lever"), city));
                })
                .single();
    }

    private Set<Long> projectsAtRisk(List<Long> projectIds) {
        if (projectIds.isEmpty()) {
            return Set.of();
        }
        LocalDate today = LocalDate.now(clock);
        Set<Long> out = new HashSet<>();
        jdbc.sql("select a.project_id, c.status, fp.start_years, fp.completion_years, fp.extension_years,"
                        + " c.notified_on, c.works_started_on, c.completion_declared_on, c.extension_granted, c.own_deadline"
                        + " from allocation a join commitment c on c.id = a.commitment_id"
                        + " left join funding_programme fp on fp.id = c.programme_id"
                        + " where a.project_id in (:ids) and a.cancelled_on is null and c.status in " + Lapse.CLOCKED)
                .param("ids", projectIds)
                .query(rs -> {
                    if (Lapse.atRisk(Lapse.next(Lapse.input(rs), today))) {
                        out.add(rs.getLong("project_id"));
                    }
                });
        return out;
    }

    // ---- by partner and by funder type: whole commitments ----

    private static String partnerLines(Sql.Where w) {
        return "select x.partner_id, x.partner_name, x.partner_type, " + Sql.SUMS + " from ("
                + Sql.commitments(w.toString()) + ") x group by x.partner_id, x.partner_name, x.partner_type";
    }

    private static PartnerFundingRow partnerRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PartnerFundingRow(
                rs.getLong("partner_id"),
                rs.getString("partner_name"),
                PartnerType.valueOf(rs.getString("partner_type")),
                rs.getLong("n"),
                Sql.amounts(rs));
    }

    Page<PartnerFundingRow> byPartner(ReportFilter f, Pageable pageable) {
        Sql.Where w = Sql.Where.commitments(f);
        String grouped = partnerLines(w);
        long[] total = {0};
        // one pass: the count of lines comes with the page (window), not from a second query
        List<PartnerFundingRow> rows = jdbc.sql("select t.*, count(*) over () total_lines from (" + grouped + ") t"
                        + SqlOrder.of(pageable, outer(PARTNER_SORT), "t.partner_name, t.partner_id"))
                .params(w.params)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total_lines");
                    return partnerRow(rs);
                })
                .list();
        if (rows.isEmpty() && pageable.isPaged() && pageable.getOffset() > 0) {
            total[0] = jdbc.sql("select count(*) from (" + grouped + ") t")
                    .params(w.params)
                    .query(Long.class)
                    .single();
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /**
     * Every line of {@link #byPartner} in its default order, in one query read as a stream (the driver's
     * cursor, {@link Sql#FETCH} rows at a time): an export of 100 000 partners aggregates once, not once
     * per page.
     */
    void eachByPartner(ReportFilter f, java.util.function.Consumer<PartnerFundingRow> sink) {
        Sql.Where w = Sql.Where.commitments(f);
        jdbc.sql("select t.* from (" + partnerLines(w) + ") t"
                        + SqlOrder.of(Pageable.unpaged(), outer(PARTNER_SORT), "t.partner_name, t.partner_id"))
                .params(w.params)
                .withFetchSize(Sql.FETCH)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(partnerRow(rs)));
    }

    /** Awarded money per month of the commitments' reference date (the awarded column, no claim read). */
    Map<java.time.YearMonth, BigDecimal> awardedByMonth(ReportFilter f) {
        Sql.Where w = Sql.Where.commitments(f);
        Map<java.time.YearMonth, BigDecimal> out = new java.util.TreeMap<>();
        jdbc.sql("select year(" + Sql.REF_DATE + ") y, month(" + Sql.REF_DATE + ") m, sum(" + Sql.AWARDED_AMOUNT
                        + ") v " + Sql.commitmentsOnly(w.toString()) + " group by year(" + Sql.REF_DATE + "), month("
                        + Sql.REF_DATE + ")")
                .params(w.params)
                .query((org.springframework.jdbc.core.RowCallbackHandler)
                        rs -> out.put(java.time.YearMonth.of(rs.getInt("y"), rs.getInt("m")), Sql.money(rs, "v")));
        return out;
    }

    /**
     * The portfolio's leverage as funding-by-project's totals compute it (partner money of the lever
     * kinds pro rata of allocations ÷ city money of the funded projects), without reading any claim.
     */
    BigDecimal leverage(ReportFilter f) {
        return leverage(f, rollupAnswers(f));
    }

    /** @param fromRollup as in {@link #byProject(ReportFilter, Pageable, boolean)} */
    BigDecimal leverage(ReportFilter f, boolean fromRollup) {
        if (fromRollup) {
            rollup.applyPending();
            Sql.Where rw = new Sql.Where();
            BigDecimal[] sums = jdbc.sql("select sum(t.lever) lever, sum(t.city_funding) city from ("
                            + rollupLines(f, rw, "") + ") t")
                    .params(rw.params)
                    .query((rs, i) -> new BigDecimal[] {Sql.money(rs, "lever"), Sql.money(rs, "city")})
                    .single();
            return Leverage.ratio(sums[0], sums[1]);
        }
        Sql.Where w = new Sql.Where();
        String projects = fundedProjects(f, w);
        Sql.Where inner =
                Sql.Where.commitments(new ReportFilter(f.from(), f.to(), null, f.partnerId(), f.funderType(), null));
        w.params.putAll(inner.params);
        BigDecimal city = jdbc.sql("select sum(pr.city_funding) " + projects)
                .params(w.params)
                .query((rs, i) -> Sql.money(rs.getBigDecimal(1)))
                .single();
        BigDecimal lever = jdbc.sql("select sum(round(" + Sql.AWARDED_AMOUNT + " * a.amount / nullif("
                        + "case when c.status in " + Sql.AWARDED + " and c.amount_awarded is not null"
                        + " then c.amount_awarded else c.amount_requested end, 0), 2)) from allocation a"
                        + " join commitment c on c.id = a.commitment_id join partner p on p.id = c.partner_id"
                        + " join project pr on pr.id = a.project_id where a.cancelled_on is null and c.status not in "
                        + Sql.DEAD
                        + " and c.kind in " + Sql.LEVER_KINDS + inner
                        + (f.projectId() == null ? "" : " and a.project_id = :projectId")
                        + (Sql.blankToNull(f.officer()) == null ? "" : " and pr.officer_username = :officer"))
                .params(w.params)
                .query((rs, i) -> Sql.money(rs.getBigDecimal(1)))
                .single();
        return Leverage.ratio(lever, city);
    }

    /**
     * Funding by funder type in one set-based pass over the commitments, their money read from the
     * totals funding keeps on each commitment row (ADR 010 §13), so no claim is read.
     */
    List<FunderTypeRow> byFunderType(ReportFilter f) {
        Sql.Where w = Sql.Where.commitments(f);
        Map<PartnerType, Object[]> own = new HashMap<>();
        Map<PartnerType, BigDecimal[]> claims = new HashMap<>();
        jdbc.sql("""
                        select p.type t, count(*) n, sum(c.amount_requested) requested, sum(%1$s) awarded,
                          sum(case when c.status in %2$s then coalesce(c.amount_awarded, 0) else 0 end) signed,
                          sum(%3$s) claimed, sum(%4$s) cashed, sum(%5$s) to_cash,
                          sum(greatest(%1$s - %3$s, 0) - %1$s) to_claim_adj,
                          sum(case when c.status in %6$s and %4$s > coalesce(c.amount_awarded, 0)
                              then %4$s - coalesce(c.amount_awarded, 0) else 0 end) to_repay
                        %7$s group by p.type""".formatted(
                                Sql.AWARDED_AMOUNT,
                                Sql.SIGNED,
                                Sql.CLAIMED,
                                Sql.CASHED,
                                Sql.OPEN_CLAIMS,
                                Sql.AWARDED,
                                Sql.commitmentsOnly(w.toString())))
                .params(w.params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    PartnerType t = PartnerType.valueOf(rs.getString("t"));
                    own.put(t, new Object[] {
                        rs.getLong("n"), Sql.money(rs, "requested"), Sql.money(rs, "awarded"), Sql.money(rs, "signed")
                    });
                    claims.put(t, new BigDecimal[] {
                        Sql.money(rs, "claimed"),
                        Sql.money(rs, "cashed"),
                        Sql.money(rs, "to_cash"),
                        Sql.money(rs, "to_claim_adj"),
                        Sql.money(rs, "to_repay")
                    });
                });
        BigDecimal zero = Sql.money((BigDecimal) null);
        BigDecimal[] none = {zero, zero, zero, zero, zero};
        // in the enum's order (State, Région, Département…), which is how finance reads it
        return java.util.Arrays.stream(PartnerType.values())
                .filter(own::containsKey)
                .map(t -> {
                    Object[] o = own.get(t);
                    BigDecimal[] k = claims.getOrDefault(t, none);
                    BigDecimal awarded = (BigDecimal) o[2];
                    return new FunderTypeRow(
                            t,
                            (Long) o[0],
                            new FundingAmounts(
                                    (BigDecimal) o[1],
                                    awarded,
                                    (BigDecimal) o[3],
                                    k[0],
                                    k[1],
                                    awarded.add(k[3]),
                                    k[2],
                                    k[4]));
                })
                .toList();
    }

    /** The totals of {@link #byFunderType} (so by partner and by funder type always agree). */
    FundingTotals commitmentTotals(ReportFilter f) {
        long n = 0;
        FundingAmounts sum = FundingAmounts.ZERO;
        for (FunderTypeRow r : byFunderType(f)) {
            n += r.commitments();
            sum = sum.plus(r.amounts());
        }
        return new FundingTotals(n, sum);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
