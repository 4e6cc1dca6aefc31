package fr.levier.reporting;

import fr.levier.funding.Leverage;
import fr.levier.funding.SelfFinancingFloor;
import fr.levier.partner.PartnerType;
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

    private static final Map<String, String> PROJECT_SORT = Map.of(
            "code", "pr.code",
            "name", "pr.name",
            "officer", "pr.officer_username",
            "requested", "requested",
            "awarded", "awarded",
            "claimed", "claimed",
            "cashed", "cashed",
            "toClaim", "to_claim",
            "toCash", "to_cash",
            "cityFunding", "pr.city_funding");
    private static final Map<String, String> PARTNER_SORT = Map.of(
            "name", "x.partner_name",
            "type", "x.partner_type",
            "requested", "requested",
            "awarded", "awarded",
            "claimed", "claimed",
            "cashed", "cashed",
            "toClaim", "to_claim",
            "toCash", "to_cash");

    private final JdbcClient jdbc;
    private final Clock clock;

    AmountQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---- by project: allocations, each commitment's columns pro rata of the allocation ----

    private static String projectLines(ReportFilter f, Sql.Where w) {
        Sql.Where inner =
                Sql.Where.commitments(new ReportFilter(f.from(), f.to(), null, f.partnerId(), f.funderType(), null));
        w.params.putAll(inner.params);
        w.and("x.project_id = :projectId", "projectId", f.projectId())
                .and("pr.officer_username = :officer", "officer", Sql.blankToNull(f.officer()));
        return """
                select x.project_id, pr.code, pr.name, pr.officer_username, pr.city_funding, pr.city_owner,
                  pr.lead_body, pr.floor_exemption, pr.eligible_expense, %1$s,
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
                  from allocation a join (%5$s) c0 on c0.id = a.commitment_id) x
                join project pr on pr.id = x.project_id
                where 1 = 1 %6$s
                group by x.project_id, pr.code, pr.name, pr.officer_username, pr.city_funding, pr.city_owner,
                  pr.lead_body, pr.floor_exemption, pr.eligible_expense
                """.formatted(
                        Sql.SUMS,
                        Sql.PUBLIC_TYPES,
                        Sql.PUBLIC_KINDS,
                        Sql.LEVER_KINDS,
                        Sql.commitments(inner.toString()),
                        w.toString());
    }

    Page<ProjectFundingRow> byProject(ReportFilter f, Pageable pageable) {
        Sql.Where w = new Sql.Where();
        String lines = projectLines(f, w);
        long total = jdbc.sql("select count(*) from (" + lines + ") t")
                .params(w.params)
                .query(Long.class)
                .single();
        record Raw(
                ProjectFundingRow row,
                BigDecimal publicAid,
                boolean owner,
                boolean lead,
                boolean exempt,
                BigDecimal eligible) {}
        List<Raw> raws = jdbc.sql(lines + SqlOrder.of(pageable, PROJECT_SORT, "pr.code, x.project_id"))
                .params(w.params)
                .query((rs, i) -> {
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
                            rs.getBoolean("lead_body"),
                            rs.getString("floor_exemption") != null,
                            rs.getBigDecimal("eligible_expense"));
                })
                .list();
        Set<Long> atRisk =
                projectsAtRisk(raws.stream().map(r -> r.row().projectId()).toList());
        List<ProjectFundingRow> rows = raws.stream()
                .map(r -> {
                    SelfFinancingFloor.Result floor = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                            r.owner(),
                            r.lead() ? SelfFinancingFloor.CHEF_DE_FILE_RATE : SelfFinancingFloor.OWNER_RATE,
                            r.exempt() ? fr.levier.project.FloorExemption.URBAN_RENEWAL : null,
                            r.row().cityFunding(),
                            r.publicAid(),
                            r.eligible()));
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
        return new PageImpl<>(rows, pageable, total);
    }

    ProjectFundingTotals byProjectTotals(ReportFilter f) {
        Sql.Where w = new Sql.Where();
        String lines = projectLines(f, w);
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
                        + " where a.project_id in (:ids) and c.status in " + Lapse.CLOCKED)
                .param("ids", projectIds)
                .query(rs -> {
                    if (Lapse.atRisk(Lapse.next(Lapse.input(rs), today))) {
                        out.add(rs.getLong("project_id"));
                    }
                });
        return out;
    }

    // ---- by partner and by funder type: whole commitments ----

    Page<PartnerFundingRow> byPartner(ReportFilter f, Pageable pageable) {
        Sql.Where w = Sql.Where.commitments(f);
        String grouped = "select x.partner_id, x.partner_name, x.partner_type, " + Sql.SUMS + " from ("
                + Sql.commitments(w.toString()) + ") x group by x.partner_id, x.partner_name, x.partner_type";
        long total = jdbc.sql("select count(*) from (" + grouped + ") t")
                .params(w.params)
                .query(Long.class)
                .single();
        List<PartnerFundingRow> rows = jdbc.sql(
                        grouped + SqlOrder.of(pageable, PARTNER_SORT, "x.partner_name, x.partner_id"))
                .params(w.params)
                .query((rs, i) -> new PartnerFundingRow(
                        rs.getLong("partner_id"),
                        rs.getString("partner_name"),
                        PartnerType.valueOf(rs.getString("partner_type")),
                        rs.getLong("n"),
                        Sql.amounts(rs)))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    List<FunderTypeRow> byFunderType(ReportFilter f) {
        Sql.Where w = Sql.Where.commitments(f);
        Map<PartnerType, FunderTypeRow> byType = new HashMap<>();
        jdbc.sql("select x.partner_type, " + Sql.SUMS + " from (" + Sql.commitments(w.toString())
                        + ") x group by x.partner_type")
                .params(w.params)
                .query((rs, i) -> new FunderTypeRow(
                        PartnerType.valueOf(rs.getString("partner_type")), rs.getLong("n"), Sql.amounts(rs)))
                .list()
                .forEach(r -> byType.put(r.type(), r));
        // in the enum's order (State, Région, Département…), which is how finance reads it
        return java.util.Arrays.stream(PartnerType.values())
                .filter(byType::containsKey)
                .map(byType::get)
                .toList();
    }

    FundingTotals commitmentTotals(ReportFilter f) {
        Sql.Where w = Sql.Where.commitments(f);
        return jdbc.sql("select " + Sql.SUMS + " from (" + Sql.commitments(w.toString()) + ") x")
                .params(w.params)
                .query((rs, i) -> new FundingTotals(rs.getLong("n"), Sql.amounts(rs)))
                .single();
    }
}
