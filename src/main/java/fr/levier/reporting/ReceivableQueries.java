package fr.levier.reporting;

import fr.levier.funding.LapseClock;
import fr.levier.partner.PartnerType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What is still to come in: receivables by age, cash forecast, cash received, mécénat receipts. */
@Component
class ReceivableQueries {

    /** Sortable columns of receivables-aging (layout keys → SQL). */
    static final Map<String, String> AGING_SORT = Map.of(
            "commitment", "t.title",
            "partner", "t.partner_name",
            "funderType", "t.partner_type",
            "days0to30", "t.b0",
            "days31to60", "t.b1",
            "days61to90", "t.b2",
            "over90", "t.b3",
            "claimedNotCashed", "t.open_total",
            "awardedNotClaimed", "t.to_claim");

    /** Sortable columns of mecenat-receipts (layout keys → SQL). */
    static final Map<String, String> RECEIPT_SORT = Map.of(
            "receiptNumber", "c.id", "donor", "p.name", "receivedOn", "k.cashed_on", "amount", "k.cashed_amount");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int paymentDays;
    private final int claimMonths;

    ReceivableQueries(
            JdbcClient jdbc,
            Clock clock,
            @Value("${levier.reporting.expected-payment-days:60}") int paymentDays,
            @Value("${levier.reporting.expected-claim-months:12}") int claimMonths) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.paymentDays = paymentDays;
        this.claimMonths = claimMonths;
    }

    private LocalDate asOf(ReportFilter f) {
        return f.to() != null ? f.to() : LocalDate.now(clock);
    }

    /** Awarded commitments with claims sent and not paid (by age band at the as-of date) or money to claim. */
    private String agingLines(ReportFilter f, Sql.Where w) {
        LocalDate asOf = asOf(f);
        w.param("asOf", asOf)
                .param("a30", asOf.minusDays(30))
                .param("a60", asOf.minusDays(60))
                .param("a90", asOf.minusDays(90));
        return """
                select * from (
                  select x.*, greatest(x.awarded - x.claimed, 0) to_claim,
                    coalesce(o.b0, 0) b0, coalesce(o.b1, 0) b1, coalesce(o.b2, 0) b2, coalesce(o.b3, 0) b3,
                    coalesce(o.b0, 0) + coalesce(o.b1, 0) + coalesce(o.b2, 0) + coalesce(o.b3, 0) open_total
                  from (%s) x
                  left join (select commitment_id,
                      sum(case when sent_on is null or sent_on >= :a30 then amount else 0 end) b0,
                      sum(case when sent_on < :a30 and sent_on >= :a60 then amount else 0 end) b1,
                      sum(case when sent_on < :a60 and sent_on >= :a90 then amount else 0 end) b2,
                      sum(case when sent_on < :a90 then amount else 0 end) b3
                    from payment_claim where status = 'SENT' and (sent_on is null or sent_on <= :asOf)
                    group by commitment_id) o on o.commitment_id = x.id
                  where x.awarded_flag = 1) al
                where al.open_total > 0 or al.to_claim > 0
                """.formatted(Sql.commitments(w.toString()));
    }

    Page<AgingRow> aging(ReportFilter f, Pageable pageable) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = agingLines(f, w);
        long[] total = {0};
        LocalDate today = LocalDate.now(clock);
        // the count comes with the page (window function): one pass over the lines
        List<AgingRow> rows = jdbc.sql("select t.*, count(*) over () total_lines from (" + lines + ") t"
                        + SqlOrder.of(pageable, AGING_SORT, "t.partner_name, t.id"))
                .params(w.params)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total_lines");
                    return agingRow(rs, today);
                })
                .list();
        if (rows.isEmpty() && pageable.isPaged() && pageable.getOffset() > 0) {
            total[0] = jdbc.sql("select count(*) from (" + lines + ") t")
                    .params(w.params)
                    .query(Long.class)
                    .single();
        }
        return new PageImpl<>(rows, pageable, total[0]);
    }

    /** Every line of {@link #aging} in its default order, one query read as a stream ({@link Sql#FETCH}). */
    void eachAging(ReportFilter f, java.util.function.Consumer<AgingRow> sink) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = agingLines(f, w);
        LocalDate today = LocalDate.now(clock);
        jdbc.sql("select t.* from (" + lines + ") t"
                        + SqlOrder.of(Pageable.unpaged(), AGING_SORT, "t.partner_name, t.id"))
                .params(w.params)
                .withFetchSize(Sql.FETCH)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(agingRow(rs, today)));
    }

    private static AgingRow agingRow(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        Optional<LapseClock.Deadline> d = Lapse.clocked(rs) ? Lapse.next(Lapse.input(rs), today) : Optional.empty();
        return new AgingRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("partner_name"),
                PartnerType.valueOf(rs.getString("partner_type")),
                Sql.money(rs, "b0"),
                Sql.money(rs, "b1"),
                Sql.money(rs, "b2"),
                Sql.money(rs, "b3"),
                Sql.money(rs, "open_total"),
                Sql.money(rs, "to_claim"),
                d.map(LapseClock.Deadline::date).orElse(null),
                Lapse.atRisk(d));
    }

    AgingTotals agingTotals(ReportFilter f) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = agingLines(f, w);
        AgingTotals sums = jdbc.sql("select count(*) n, sum(t.b0) b0, sum(t.b1) b1, sum(t.b2) b2, sum(t.b3) b3,"
                        + " sum(t.open_total) open_total, sum(t.to_claim) to_claim from (" + lines + ") t")
                .params(w.params)
                .query((rs, i) -> new AgingTotals(
                        rs.getLong("n"),
                        Sql.money(rs, "b0"),
                        Sql.money(rs, "b1"),
                        Sql.money(rs, "b2"),
                        Sql.money(rs, "b3"),
                        Sql.money(rs, "open_total"),
                        Sql.money(rs, "to_claim"),
                        0,
                        Sql.money((BigDecimal) null)))
                .single();
        CountAndAmount risk = atRisk(f);
        return new AgingTotals(
                sums.commitments(),
                sums.days0to30(),
                sums.days31to60(),
                sums.days61to90(),
                sums.over90(),
                sums.claimedNotCashed(),
                sums.awardedNotClaimed(),
                risk.count(),
                risk.amount());
    }

    /**
     * Grants at risk of lapse (next deadline overdue or within {@link LapseClock#NEAR_DAYS} days) and the
     * money still to claim on them. SQL keeps only the candidates (clocked, not completed, some base
     * deadline within the horizon: extensions only push deadlines later) with their amount claimed
     * read from the commitment's kept total; the lapse rule itself ({@link LapseClock}) decides in Java on those few rows.
     */
    CountAndAmount atRisk(ReportFilter f) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        LocalDate today = LocalDate.now(clock);
        w.param("horizon", today.plusDays(LapseClock.NEAR_DAYS));
        String sql = """
                select c.status, fp.start_years, fp.completion_years, fp.extension_years, c.notified_on,
                  c.works_started_on, c.completion_declared_on, c.extension_granted, c.own_deadline,
                  coalesce(c.amount_awarded, 0) - c.claimed_total to_claim
                from commitment c join partner p on p.id = c.partner_id
                left join funding_programme fp on fp.id = c.programme_id
                where c.status in %s and c.completion_declared_on is null
                  and (c.own_deadline <= :horizon
                    or (c.works_started_on is null and fp.start_years is not null and c.notified_on is not null
                        and timestampadd(YEAR, fp.start_years, c.notified_on) <= :horizon)
                    or (c.works_started_on is not null and fp.completion_years is not null
                        and timestampadd(YEAR, fp.completion_years, c.works_started_on) <= :horizon)
                    or (c.works_started_on is not null and fp.start_years is not null and c.notified_on is not null
                        and c.works_started_on > timestampadd(YEAR, fp.start_years, c.notified_on)))
                  %s
                """.formatted(Lapse.CLOCKED, w.toString());
        long[] count = {0};
        BigDecimal[] amount = {Sql.money((BigDecimal) null)};
        jdbc.sql(sql).params(w.params).query(rs -> {
            BigDecimal toClaim = Sql.money(rs, "to_claim");
            if (toClaim.signum() > 0 && Lapse.atRisk(Lapse.next(Lapse.input(rs), today))) {
                count[0]++;
                amount[0] = amount[0].add(toClaim);
            }
        });
        return new CountAndAmount(count[0], amount[0]);
    }

    /**
     * Expected cash-in per month: claims sent are expected {@code paymentDays} after they were sent;
     * awarded money not yet claimed {@code claimMonths} after the convention (else the notification)
     * plus the payment delay. What is already late falls in the first month.
     */
    List<CashForecastRow> cashForecast(ReportFilter f) {
        YearMonth first = YearMonth.from(f.from() != null ? f.from() : LocalDate.now(clock));
        YearMonth last = f.to() != null ? YearMonth.from(f.to()) : first.plusMonths(11);
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String base = Sql.commitments(w.toString());
        Map<YearMonth, BigDecimal> claims = byMonth(
                "select k.sent_on d, sum(k.amount) amount from payment_claim k join commitment c on c.id = k.commitment_id"
                        + " join partner p on p.id = c.partner_id where k.status = 'SENT' and c.status not in "
                        + Sql.DEAD + w + " group by k.sent_on",
                w,
                first,
                last,
                d -> d.plusDays(paymentDays));
        Map<YearMonth, BigDecimal> awards = byMonth(
                "select coalesce(x.convention_signed_on, x.notified_on, x.decided_on) d,"
                        + " sum(greatest(x.awarded - x.claimed, 0)) amount from (" + base
                        + ") x where x.awarded_flag = 1"
                        + " group by coalesce(x.convention_signed_on, x.notified_on, x.decided_on)",
                w,
                first,
                last,
                d -> d.plusMonths(claimMonths).plusDays(paymentDays));
        BigDecimal zero = Sql.money((BigDecimal) null);
        List<CashForecastRow> rows = new java.util.ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            BigDecimal c = claims.getOrDefault(m, zero);
            BigDecimal a = awards.getOrDefault(m, zero);
            rows.add(new CashForecastRow(m, c, a, c.add(a)));
        }
        return rows;
    }

    private Map<YearMonth, BigDecimal> byMonth(
            String sql, Sql.Where w, YearMonth first, YearMonth last, Function<LocalDate, LocalDate> expected) {
        LocalDate today = LocalDate.now(clock);
        Map<YearMonth, BigDecimal> out = new TreeMap<>();
        jdbc.sql(sql).params(w.params).query(rs -> {
            LocalDate d = Lapse.date(rs, "d");
            YearMonth m = YearMonth.from(expected.apply(d == null ? today : d));
            if (m.isBefore(first)) {
                m = first;
            }
            if (!m.isAfter(last)) {
                out.merge(m, Sql.money(rs, "amount"), BigDecimal::add);
            }
        });
        return out;
    }

    /** Cash recorded per month, in the period (the last 12 months when open). */
    List<MonthlyCash> cashedByMonth(ReportFilter f) {
        LocalDate to = f.to() != null ? f.to() : LocalDate.now(clock);
        LocalDate from =
                f.from() != null ? f.from() : YearMonth.from(to).minusMonths(11).atDay(1);
        Sql.Where w = Sql.Where.commitmentsAnyDate(f).param("cf", from).param("ct", to);
        Map<YearMonth, BigDecimal> sums = new TreeMap<>();
        // claims paid, less money paid back to the funder (net cash, as the plan columns): read through the
        // claims' (status, cashed_on) index, the commitment and partner only for the filter
        String counted = " join commitment c on c.id = %s.commitment_id join partner p on p.id = c.partner_id"
                + " where c.status not in " + Sql.DEAD + w;
        jdbc.sql("select k.cashed_on d, sum(k.cashed_amount) amount from payment_claim k" + counted.formatted("k")
                        + " and k.status = 'PAID' and k.cashed_on >= :cf and k.cashed_on <= :ct group by k.cashed_on"
                        + " union all select ml.occurred_on d, -sum(ml.amount) amount from money_line ml"
                        + counted.formatted("ml")
                        + " and ml.kind = 'REPAYMENT' and ml.occurred_on >= :cf and ml.occurred_on <= :ct"
                        + " group by ml.occurred_on")
                .params(w.params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        sums.merge(YearMonth.from(Lapse.date(rs, "d")), Sql.money(rs, "amount"), BigDecimal::add));
        List<MonthlyCash> out = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            out.add(new MonthlyCash(m, sums.getOrDefault(m, Sql.money((BigDecimal) null))));
        }
        return out;
    }

    // ---- mécénat receipts ----

    private static String receiptLines(ReportFilter f, Sql.Where w) {
        w.and("k.cashed_on >= :rf", "rf", f.from()).and("k.cashed_on <= :rt", "rt", f.to());
        return """
                from payment_claim k join commitment c on c.id = k.commitment_id join partner p on p.id = c.partner_id
                where c.kind = 'MECENAT' and k.status = 'PAID' and k.cashed_on is not null %s
                """.formatted(w.toString());
    }

    private static final String RECEIPT_COLUMNS =
            "select c.id, c.decided_on, c.created_at, p.name, k.cashed_on, k.cashed_amount ";

    Page<MecenatReceiptRow> mecenatReceipts(ReportFilter f, Pageable pageable) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = receiptLines(f, w);
        long total = jdbc.sql("select count(*) " + lines)
                .params(w.params)
                .query(Long.class)
                .single();
        List<MecenatReceiptRow> rows = jdbc.sql(
                        RECEIPT_COLUMNS + lines + SqlOrder.of(pageable, RECEIPT_SORT, "k.cashed_on, k.id"))
                .params(w.params)
                .query((rs, i) -> receiptRow(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every line of {@link #mecenatReceipts} in its default order, read as a stream ({@link Sql#FETCH}). */
    void eachMecenatReceipt(ReportFilter f, java.util.function.Consumer<MecenatReceiptRow> sink) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = receiptLines(f, w);
        jdbc.sql(RECEIPT_COLUMNS + lines + SqlOrder.of(Pageable.unpaged(), RECEIPT_SORT, "k.cashed_on, k.id"))
                .params(w.params)
                .withFetchSize(Sql.FETCH)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(receiptRow(rs)));
    }

    private static MecenatReceiptRow receiptRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalDate decided = Lapse.date(rs, "decided_on");
        int year = decided != null
                ? decided.getYear()
                : rs.getTimestamp("created_at")
                        .toInstant()
                        .atZone(java.time.ZoneOffset.UTC)
                        .getYear();
        long id = rs.getLong("id");
        return new MecenatReceiptRow(
                "M-" + year + "-" + String.format(java.util.Locale.ROOT, "%05d", id),
                id,
                rs.getString("name"),
                Lapse.date(rs, "cashed_on"),
                Sql.money(rs, "cashed_amount"));
    }

    CountAndAmount mecenatTotals(ReportFilter f) {
        Sql.Where w = Sql.Where.commitmentsAnyDate(f);
        String lines = receiptLines(f, w);
        return jdbc.sql("select count(*) n, sum(k.cashed_amount) amount " + lines)
                .params(w.params)
                .query((rs, i) -> new CountAndAmount(rs.getLong("n"), Sql.money(rs, "amount")))
                .single();
    }
}
