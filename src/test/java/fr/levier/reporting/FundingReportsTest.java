package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.SelfFinancingFloor;
import fr.levier.partner.PartnerType;
import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each report's figures on data the test creates, against totals computed by hand (to the cent). The
 * scenario: A = State DSIL 120 000 requested, 100 000 awarded, split 60 000 / 40 000 over P1 / P2,
 * interim claim 30 000 sent (an advance needs the start of works, not recorded) 10 days ago, interim 20 000 paid; B = Région 50 000 requested, 45 000,55 awarded on
 * P1, interim 10 000,10 sent 75 days ago; C = mécénat 20 000 on P2, 16 000 paid 5 days ago; D = State
 * 80 000 requested only, on P1; E = Région 30 000 refused, on P2.
 */
@IntegrationTest
class FundingReportsTest {

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    FundingReports reports;

    @Autowired
    ReportTables tables;

    @Autowired
    JdbcTemplate jdbc;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    private static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    private static FundingAmounts amounts(
            String req, String awd, String signed, String claimed, String cashed, String toClaim, String toCash) {
        return new FundingAmounts(
                eur(req), eur(awd), eur(signed), eur(claimed), eur(cashed), eur(toClaim), eur(toCash), eur("0.00"));
    }

    @Test
    void fundingByProjectSplitsCommitmentsProRataAndIgnoresRefusedOnes() {
        List<ProjectFundingRow> rows = as.call("finance", () -> reports.byProject(s.filter(), Pageable.unpaged())
                .getContent());
        assertThat(rows).extracting(ProjectFundingRow::projectId).containsExactly(s.p1().id(), s.p2().id());

        ProjectFundingRow p1 = rows.get(0);
        // A 60 % + B whole + D requested
        assertThat(p1.amounts())
                .isEqualTo(
                        amounts("202000.00", "105000.55", "60000.00", "40000.10", "12000.00", "65000.45", "28000.10"));
        assertThat(p1.cityFunding()).isEqualByComparingTo("100000.00");
        assertThat(p1.leverage()).isEqualByComparingTo("1.05");
        assertThat(p1.floor()).isEqualTo(SelfFinancingFloor.Status.MET);
        assertThat(p1.lapseAtRisk()).isTrue();

        ProjectFundingRow p2 = rows.get(1);
        // A 40 % + C; E refused is not counted
        assertThat(p2.amounts())
                .isEqualTo(amounts("68000.00", "60000.00", "60000.00", "36000.00", "24000.00", "24000.00", "12000.00"));
        assertThat(p2.leverage()).isEqualByComparingTo("12.00");
        // 5 000 of city money for 40 000 of public aid: below 20 %
        assertThat(p2.floor()).isEqualTo(SelfFinancingFloor.Status.BROKEN);
        assertThat(p2.floorBroken()).isTrue();

        ProjectFundingTotals totals = as.call("viewer", () -> reports.byProjectTotals(s.filter()));
        assertThat(totals.projects()).isEqualTo(2);
        assertThat(totals.amounts())
                .isEqualTo(
                        amounts("270000.00", "165000.55", "120000.00", "76000.10", "36000.00", "89000.45", "40000.10"));
        assertThat(totals.amounts()).isEqualTo(p1.amounts().plus(p2.amounts()));
        assertThat(totals.cityFunding()).isEqualByComparingTo("105000.00");
        assertThat(totals.leverage()).isEqualByComparingTo("1.57"); // 165 000,55 / 105 000
    }

    @Test
    void fundingByPartnerAndByFunderTypeCountWholeCommitmentsAndAgree() {
        Map<Long, PartnerFundingRow> byPartner =
                as
                        .call("finance", () -> reports.byPartner(s.filter(), PageRequest.of(0, 10))
                                .getContent())
                        .stream()
                        .collect(Collectors.toMap(PartnerFundingRow::partnerId, r -> r));
        assertThat(byPartner).containsOnlyKeys(s.state(), s.region(), s.company());
        assertThat(byPartner.get(s.state()).commitments()).isEqualTo(2);
        assertThat(byPartner.get(s.state()).amounts())
                .isEqualTo(
                        amounts("200000.00", "100000.00", "100000.00", "50000.00", "20000.00", "50000.00", "30000.00"));
        assertThat(byPartner.get(s.region()).commitments()).isEqualTo(1);
        assertThat(byPartner.get(s.region()).amounts())
                .isEqualTo(amounts("50000.00", "45000.55", "0.00", "10000.10", "0.00", "35000.45", "10000.10"));
        assertThat(byPartner.get(s.company()).amounts())
                .isEqualTo(amounts("20000.00", "20000.00", "20000.00", "16000.00", "16000.00", "4000.00", "0.00"));

        List<FunderTypeRow> byType = as.call("viewer", () -> reports.byFunderType(s.filter()));
        assertThat(byType)
                .extracting(FunderTypeRow::type)
                .containsExactly(PartnerType.STATE, PartnerType.REGION, PartnerType.COMPANY);
        assertThat(byType.get(0).amounts()).isEqualTo(byPartner.get(s.state()).amounts());

        FundingTotals totals = as.call("viewer", () -> reports.byPartnerTotals(s.filter()));
        assertThat(totals.commitments()).isEqualTo(4);
        assertThat(totals.amounts())
                .isEqualTo(
                        amounts("270000.00", "165000.55", "120000.00", "76000.10", "36000.00", "89000.45", "40000.10"));
        assertThat(as.call("viewer", () -> reports.byFunderTypeTotals(s.filter())))
                .isEqualTo(totals);
        // one funder type only
        assertThat(as.call("viewer", () -> reports.byFunderTypeTotals(s.filter().withFunderType(PartnerType.REGION)))
                        .amounts()
                        .awarded())
                .isEqualByComparingTo("45000.55");
    }

    @Test
    void thePeriodSelectsCommitmentsByTheirNotificationDate() {
        // A was notified almost two years ago: out of a period of the last 200 days
        ReportFilter recent = s.filter().withPeriod(s.today().minusDays(200), s.today());
        FundingTotals totals = as.call("viewer", () -> reports.byPartnerTotals(recent));
        assertThat(totals.commitments()).isEqualTo(3);
        assertThat(totals.amounts().awarded()).isEqualByComparingTo("65000.55");
        assertThat(totals.amounts().requested()).isEqualByComparingTo("150000.00");
    }

    @Test
    void receivablesAreBandedByAgeAndGrantsNearTheirLapseDeadlineAreAtRisk() {
        List<AgingRow> rows = as.call("finance", () -> reports.receivablesAging(s.filter(), Pageable.unpaged())
                .getContent());
        Map<Long, AgingRow> byId = rows.stream().collect(Collectors.toMap(AgingRow::commitmentId, r -> r));
        assertThat(byId).containsOnlyKeys(s.a().id(), s.b().id(), s.c().id());

        AgingRow a = byId.get(s.a().id());
        assertThat(a.days0to30()).isEqualByComparingTo("30000.00");
        assertThat(a.claimedNotCashed()).isEqualByComparingTo("30000.00");
        assertThat(a.awardedNotClaimed()).isEqualByComparingTo("50000.00");
        assertThat(a.deadline()).isEqualTo(s.today().minusYears(2).plusDays(30).plusYears(2));
        assertThat(a.atRisk()).isTrue();

        AgingRow b = byId.get(s.b().id());
        assertThat(b.days61to90()).isEqualByComparingTo("10000.10");
        assertThat(b.days0to30()).isEqualByComparingTo("0.00");
        assertThat(b.awardedNotClaimed()).isEqualByComparingTo("35000.45");
        assertThat(b.atRisk()).isFalse();

        AgingTotals t = as.call("viewer", () -> reports.receivablesAgingTotals(s.filter()));
        assertThat(t.commitments()).isEqualTo(3);
        assertThat(t.days0to30()).isEqualByComparingTo("30000.00");
        assertThat(t.days31to60()).isEqualByComparingTo("0.00");
        assertThat(t.days61to90()).isEqualByComparingTo("10000.10");
        assertThat(t.over90()).isEqualByComparingTo("0.00");
        assertThat(t.claimedNotCashed()).isEqualByComparingTo("40000.10");
        assertThat(t.awardedNotClaimed()).isEqualByComparingTo("89000.45");
        assertThat(t.atRiskCount()).isEqualTo(1);
        assertThat(t.atRiskAmount()).isEqualByComparingTo("50000.00");

        // 20 days later the claim of A is 30 days old, B's 95: over 90
        AgingTotals later = as.call(
                "viewer",
                () -> reports.receivablesAgingTotals(
                        s.filter().withPeriod(null, s.today().plusDays(20))));
        assertThat(later.days0to30()).isEqualByComparingTo("30000.00");
        assertThat(later.over90()).isEqualByComparingTo("10000.10");
        AgingTotals later21 = as.call(
                "viewer",
                () -> reports.receivablesAgingTotals(
                        s.filter().withPeriod(null, s.today().plusDays(21))));
        assertThat(later21.days31to60()).isEqualByComparingTo("30000.00");
    }

    @Test
    void cashForecastPutsSentClaimsAfterThePaymentDelayAndAwardsOnTheirClaimSchedule() {
        List<CashForecastRow> rows = as.call("viewer", () -> reports.cashForecast(s.filter()));
        YearMonth first = YearMonth.from(s.today());
        assertThat(rows).hasSize(12);
        assertThat(rows.getFirst().month()).isEqualTo(first);
        Map<YearMonth, CashForecastRow> byMonth =
                rows.stream().collect(Collectors.toMap(CashForecastRow::month, r -> r));
        // claims: A's interim claim (sent 10 days ago) in 50 days; B's (sent 75 days ago) late: first month
        BigDecimal firstClaims =
                YearMonth.from(s.today().plusDays(50)).equals(first) ? eur("40000.10") : eur("10000.10");
        assertThat(byMonth.get(first).fromClaims()).isEqualByComparingTo(firstClaims);
        assertThat(byMonth.get(YearMonth.from(s.today().plusDays(50))).fromClaims())
                .isGreaterThanOrEqualTo(eur("30000.00"));
        // awards: A's 50 000 is late (notified 2 years ago) → first month; B's 35 000,45 a year after notice + 60 days
        YearMonth bMonth =
                YearMonth.from(s.today().minusDays(100).plusMonths(12).plusDays(60));
        assertThat(byMonth.get(first).fromAwards()).isEqualByComparingTo("50000.00");
        assertThat(byMonth.get(bMonth).fromAwards()).isEqualByComparingTo("35000.45");
        BigDecimal total = rows.stream().map(CashForecastRow::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        // C's 4 000 (no date: from today) falls beyond the 12 months
        assertThat(total).isEqualByComparingTo("125000.55");
    }

    @Test
    void mecenatReceiptsListTheGiftsReceivedInThePeriod() {
        ReportFilter month = s.filter().withPeriod(s.today().minusDays(30), s.today());
        List<MecenatReceiptRow> rows = as.call("finance", () -> reports.mecenatReceipts(month, Pageable.unpaged())
                .getContent());
        assertThat(rows).hasSize(1);
        MecenatReceiptRow r = rows.getFirst();
        assertThat(r.commitmentId()).isEqualTo(s.c().id());
        assertThat(r.amount()).isEqualByComparingTo("16000.00");
        assertThat(r.receivedOn()).isEqualTo(s.today().minusDays(5));
        assertThat(r.receiptNumber()).endsWith(String.format("-%05d", s.c().id()));
        assertThat(as.call("viewer", () -> reports.mecenatReceiptsTotals(month)))
                .isEqualTo(new CountAndAmount(1, eur("16000.00")));
        assertThat(as.call(
                                "viewer",
                                () -> reports.mecenatReceiptsTotals(
                                        s.filter().withPeriod(s.today().minusDays(4), s.today())))
                        .count())
                .isZero();
    }

    @Test
    void deadlinesListLapseDatesWithTheOfficerOfTheMainProject() {
        List<DeadlineRow> rows = as.call("finance", () -> reports.deadlines(s.filter(), Pageable.unpaged())
                .getContent());
        assertThat(rows).hasSize(1);
        DeadlineRow d = rows.getFirst();
        assertThat(d.kind()).isEqualTo(DeadlineRow.DeadlineKind.LAPSE_START);
        assertThat(d.commitmentId()).isEqualTo(s.a().id());
        assertThat(d.officer()).isEqualTo(s.officer());
        assertThat(d.projectCode()).isEqualTo(s.p1().code());
        // awarded 100 000 − cashed 20 000
        assertThat(d.amount()).isEqualByComparingTo("80000.00");
        assertThat(as.call("viewer", () -> reports.deadlinesTotals(s.filter())))
                .isEqualTo(new CountAndAmount(1, eur("80000.00")));
        // a period that ends before the deadline shows nothing
        assertThat(as.call(
                                "viewer",
                                () -> reports.deadlinesTotals(s.filter()
                                        .withPeriod(s.today(), s.today().plusDays(10))))
                        .count())
                .isZero();
    }

    @Test
    void cashedByMonthSumsThePaymentsRecorded() {
        List<MonthlyCash> months = as.call("viewer", () -> reports.cashedByMonth(s.filter()));
        assertThat(months).hasSize(12);
        BigDecimal total = months.stream().map(MonthlyCash::cashed).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo("36000.00");
        assertThat(months.getLast().month()).isEqualTo(YearMonth.from(s.today()));
    }

    private static PageRequest sorted(int page, int size, Sort.Direction direction, String column) {
        return PageRequest.of(page, size, Sort.by(direction, column));
    }

    @Test
    void gridsAreSortedByTheServerOnTheirWhitelistedColumns() {
        // an amount column: P1 (105 000,55 awarded) before P2 (60 000) when descending, one line per page
        var desc =
                as.call("finance", () -> reports.byProject(s.filter(), sorted(0, 1, Sort.Direction.DESC, "awarded")));
        assertThat(desc.getTotalElements()).isEqualTo(2);
        assertThat(desc.getContent()).extracting(ProjectFundingRow::projectId).containsExactly(s.p1().id());
        var asc = as.call("finance", () -> reports.byProject(s.filter(), sorted(0, 1, Sort.Direction.ASC, "awarded")));
        assertThat(asc.getContent()).extracting(ProjectFundingRow::projectId).containsExactly(s.p2().id());
        // a project column pages the projects first: the second page holds the other project, same figures
        boolean p1First = s.p1().code().compareTo(s.p2().code()) < 0;
        var second = as.call(
                "finance", () -> reports.byProject(s.filter(), sorted(1, 1, Sort.Direction.ASC, "projectCode")));
        assertThat(second.getTotalElements()).isEqualTo(2);
        ProjectFundingRow other = second.getContent().getFirst();
        assertThat(other.projectId()).isEqualTo(p1First ? s.p2().id() : s.p1().id());
        ProjectFundingRow whole = as.call("finance", () -> reports.byProject(s.filter(), Pageable.unpaged())).stream()
                .filter(r -> r.projectId().equals(other.projectId()))
                .findFirst()
                .orElseThrow();
        assertThat(other).isEqualTo(whole);
        // under a funder-type filter the projects-first path (a project column) counts what the one-pass path does
        var region = s.filter().withFunderType(PartnerType.REGION);
        long regionProjects = as.call("finance", () -> reports.byProject(region, Pageable.unpaged()))
                .getTotalElements();
        assertThat(regionProjects).isPositive();
        assertThat(as.call("finance", () -> reports.byProject(region, sorted(0, 10, Sort.Direction.ASC, "projectCode")))
                        .getTotalElements())
                .isEqualTo(regionProjects);

        // funding by partner on the awarded column: State 100 000, Région 45 000,55, company 20 000
        assertThat(as.call(
                                "finance",
                                () -> reports.byPartner(s.filter(), sorted(0, 10, Sort.Direction.DESC, "awarded")))
                        .getContent())
                .extracting(PartnerFundingRow::partnerId)
                .containsExactly(s.state(), s.region(), s.company());
        // receivables aging on the open claims: A 30 000 before B 10 000,10
        assertThat(as.call(
                                "finance",
                                () -> reports.receivablesAging(
                                        s.filter(), sorted(0, 10, Sort.Direction.DESC, "claimedNotCashed")))
                        .getContent())
                .extracting(AgingRow::claimedNotCashed)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // a report computed whole (by funder type) is sorted in memory, on any column
        List<List<String>> byType = as.call("finance", () -> tables.page(
                        ReportName.FUNDING_BY_FUNDER_TYPE,
                        s.filter(),
                        sorted(0, 10, Sort.Direction.ASC, "awarded"),
                        java.util.Locale.FRENCH)
                .getContent());
        assertThat(byType).extracting(l -> l.get(0)).containsExactly("Entreprise", "Région", "État");
        // an unknown column is ignored by the queries (the API refuses it), the default order holds
        assertThat(as.call("finance", () -> reports.byProject(s.filter(), sorted(0, 10, Sort.Direction.ASC, "x")))
                        .getContent())
                .extracting(ProjectFundingRow::projectId)
                .containsExactly(s.p1().id(), s.p2().id());
        assertThat(as.call("finance", () -> tables.columns(ReportName.FUNDING_BY_PROJECT, java.util.Locale.FRENCH)))
                .filteredOn(ReportColumn::sortable)
                .extracting(ReportColumn::key)
                .contains("projectCode", "awarded", "toClaim")
                .doesNotContain("floor", "leverage");
    }

    @Test
    void moneyPaidBackToTheFunderIsSubtractedFromCashedAndAReversalIsNotCashed() {
        // C (mécénat, 20 000 awarded) had 16 000 paid: 1 000,50 paid back to the donor this month
        jdbc.update(
                "insert into money_line (id, version, created_at, updated_at, commitment_id, kind, amount, occurred_on,"
                        + " reason) values (?, 0, current_timestamp, current_timestamp, ?, 'REPAYMENT', 1000.50, ?, 'test')",
                s.c().id() + 7_000_000_000L,
                s.c().id(),
                java.sql.Date.valueOf(s.today()));
        // written behind funding's back: keep the commitment's total as funding's writers do (ADR 010 §13)
        jdbc.update("update commitment set repaid_total = repaid_total + 1000.50 where id = ?", s.c().id());
        fr.levier.funding.FundingRollupSql.refreshProjects(jdbc, s.p1().id(), s.p2().id());
        try {
            FundingAmounts company =
                    as.call("finance", () -> reports.byPartner(s.filter(), PageRequest.of(0, 10))).stream()
                            .filter(r -> r.partnerId() == s.company())
                            .findFirst()
                            .orElseThrow()
                            .amounts();
            assertThat(company.cashed()).isEqualByComparingTo("14999.50");
            assertThat(company.claimed()).isEqualByComparingTo("16000.00");
            assertThat(as.call("viewer", () -> reports.byPartnerTotals(s.filter()))
                            .amounts()
                            .cashed())
                    .isEqualByComparingTo("34999.50"); // 20 000 (A) + 16 000 (C) − 1 000,50
            assertThat(as.call("viewer", () -> reports.byProjectTotals(s.filter()))
                            .amounts()
                            .cashed())
                    .isEqualByComparingTo("34999.50");
            BigDecimal byMonth = as.call("viewer", () -> reports.cashedByMonth(s.filter())).stream()
                    .map(MonthlyCash::cashed)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(byMonth).isEqualByComparingTo("34999.50");
        } finally {
            jdbc.update("delete from money_line where id = ?", s.c().id() + 7_000_000_000L);
            jdbc.update("update commitment set repaid_total = repaid_total - 1000.50 where id = ?", s.c().id());
            fr.levier.funding.FundingRollupSql.refreshProjects(jdbc, s.p1().id(), s.p2().id());
        }
    }
}
