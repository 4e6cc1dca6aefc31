package fr.levier.reporting;

import fr.levier.partner.PartnerType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The table layout of each report, over {@link FundingReports}. */
@Component
class ReportLayouts {

    /** Lines per page when a report without a stream is read whole. */
    static final int CHUNK = 2000;

    private final Map<ReportName, ReportLayout<?>> layouts;

    ReportLayouts(FundingReports reports) {
        this.layouts = Map.of(
                ReportName.FUNDING_BY_PROJECT,
                layout(
                        ReportName.FUNDING_BY_PROJECT,
                        byProjectColumns(),
                        AmountQueries.PROJECT_SORT.keySet(),
                        reports::byProject,
                        f -> {
                            ProjectFundingTotals t = reports.byProjectTotals(f);
                            List<Object> line = new ArrayList<>(Arrays.asList(t.projects(), null, null));
                            line.addAll(amounts(t.amounts()));
                            line.addAll(Arrays.asList(t.cityFunding(), t.leverage(), null, null));
                            return line;
                        }),
                ReportName.FUNDING_BY_PARTNER,
                layout(
                        ReportName.FUNDING_BY_PARTNER,
                        withAmounts(
                                List.of(
                                        text("partner", PartnerFundingRow::name),
                                        col("funderType", ReportLayout.Type.TEXT, r -> type(r.type())),
                                        col("commitments", ReportLayout.Type.INTEGER, PartnerFundingRow::commitments)),
                                PartnerFundingRow::amounts),
                        AmountQueries.PARTNER_SORT.keySet(),
                        reports::byPartner,
                        reports::eachByPartner,
                        f -> totalsLine(reports.byPartnerTotals(f), 2)),
                ReportName.FUNDING_BY_FUNDER_TYPE,
                layout(
                        ReportName.FUNDING_BY_FUNDER_TYPE,
                        withAmounts(
                                List.of(
                                        col("funderType", ReportLayout.Type.TEXT, r -> type(r.type())),
                                        col("commitments", ReportLayout.Type.INTEGER, FunderTypeRow::commitments)),
                                FunderTypeRow::amounts),
                        null,
                        (f, p) -> page(reports.byFunderType(f), p),
                        f -> totalsLine(reports.byFunderTypeTotals(f), 1)),
                ReportName.RECEIVABLES_AGING,
                layout(
                        ReportName.RECEIVABLES_AGING,
                        List.of(
                                text("commitment", AgingRow::title),
                                text("partner", AgingRow::partnerName),
                                col("funderType", ReportLayout.Type.TEXT, r -> type(r.funderType())),
                                money("days0to30", AgingRow::days0to30),
                                money("days31to60", AgingRow::days31to60),
                                money("days61to90", AgingRow::days61to90),
                                money("over90", AgingRow::over90),
                                money("claimedNotCashed", AgingRow::claimedNotCashed),
                                money("awardedNotClaimed", AgingRow::awardedNotClaimed),
                                col("deadline", ReportLayout.Type.DATE, AgingRow::deadline),
                                col("atRisk", ReportLayout.Type.TEXT, r -> flag(r.atRisk()))),
                        ReceivableQueries.AGING_SORT.keySet(),
                        reports::receivablesAging,
                        reports::eachReceivablesAging,
                        f -> {
                            AgingTotals t = reports.receivablesAgingTotals(f);
                            return Arrays.asList(
                                    t.commitments(),
                                    null,
                                    null,
                                    t.days0to30(),
                                    t.days31to60(),
                                    t.days61to90(),
                                    t.over90(),
                                    t.claimedNotCashed(),
                                    t.awardedNotClaimed(),
                                    null,
                                    t.atRiskAmount());
                        }),
                ReportName.CASH_FORECAST,
                layout(
                        ReportName.CASH_FORECAST,
                        List.of(
                                text("month", r -> month(r.month())),
                                money("fromClaims", CashForecastRow::fromClaims),
                                money("fromAwards", CashForecastRow::fromAwards),
                                money("total", CashForecastRow::total)),
                        null,
                        (f, p) -> page(reports.cashForecast(f), p),
                        f -> {
                            List<CashForecastRow> rows = reports.cashForecast(f);
                            return List.of(
                                    (long) rows.size(),
                                    sum(rows, CashForecastRow::fromClaims),
                                    sum(rows, CashForecastRow::fromAwards),
                                    sum(rows, CashForecastRow::total));
                        }),
                ReportName.MECENAT_RECEIPTS,
                layout(
                        ReportName.MECENAT_RECEIPTS,
                        List.of(
                                text("receiptNumber", MecenatReceiptRow::receiptNumber),
                                text("donor", MecenatReceiptRow::donorName),
                                col("receivedOn", ReportLayout.Type.DATE, MecenatReceiptRow::receivedOn),
                                money("amount", MecenatReceiptRow::amount)),
                        ReceivableQueries.RECEIPT_SORT.keySet(),
                        reports::mecenatReceipts,
                        reports::eachMecenatReceipt,
                        f -> {
                            CountAndAmount t = reports.mecenatReceiptsTotals(f);
                            return Arrays.asList(t.count(), null, null, t.amount());
                        }),
                ReportName.DEADLINES,
                layout(
                        ReportName.DEADLINES,
                        List.of(
                                text("officer", DeadlineRow::officer),
                                col("date", ReportLayout.Type.DATE, DeadlineRow::date),
                                col(
                                        "kind",
                                        ReportLayout.Type.TEXT,
                                        r -> new ReportLayout.Label("report.deadlineKind." + r.kind())),
                                text("projectCode", DeadlineRow::projectCode),
                                text("project", DeadlineRow::projectName),
                                text("what", DeadlineRow::title),
                                text("partner", DeadlineRow::partnerName),
                                money("atStake", DeadlineRow::amount),
                                col("daysLeft", ReportLayout.Type.INTEGER, DeadlineRow::daysLeft)),
                        null,
                        (f, p) -> page(reports.deadlines(f, Pageable.unpaged()).getContent(), p),
                        f -> {
                            CountAndAmount t = reports.deadlinesTotals(f);
                            return Arrays.asList(t.count(), null, null, null, null, null, null, t.amount(), null);
                        }));
    }

    /** @return the layout of a report */
    @SuppressWarnings("unchecked")
    <T> ReportLayout<T> of(ReportName name) {
        return (ReportLayout<T>) layouts.get(name);
    }

    private static List<ReportLayout.Column<ProjectFundingRow>> byProjectColumns() {
        return withAmounts(
                List.of(
                        text("projectCode", ProjectFundingRow::code),
                        text("project", ProjectFundingRow::name),
                        text("officer", ProjectFundingRow::officer)),
                ProjectFundingRow::amounts,
                money("cityFunding", ProjectFundingRow::cityFunding),
                col("leverage", ReportLayout.Type.RATIO, ProjectFundingRow::leverage),
                col("floor", ReportLayout.Type.TEXT, r -> new ReportLayout.Label("report.floor." + r.floor())),
                col("lapseAtRisk", ReportLayout.Type.TEXT, r -> flag(r.lapseAtRisk())));
    }

    @SafeVarargs
    private static <T> List<ReportLayout.Column<T>> withAmounts(
            List<ReportLayout.Column<T>> head, Function<T, FundingAmounts> amounts, ReportLayout.Column<T>... tail) {
        List<ReportLayout.Column<T>> out = new ArrayList<>(head);
        out.add(money("requested", r -> amounts.apply(r).requested()));
        out.add(money("awarded", r -> amounts.apply(r).awarded()));
        out.add(money("signed", r -> amounts.apply(r).signed()));
        out.add(money("claimed", r -> amounts.apply(r).claimed()));
        out.add(money("cashed", r -> amounts.apply(r).cashed()));
        out.add(money("toClaim", r -> amounts.apply(r).toClaim()));
        out.add(money("toCash", r -> amounts.apply(r).toCash()));
        out.add(money("toRepay", r -> amounts.apply(r).toRepay()));
        out.addAll(Arrays.asList(tail));
        return List.copyOf(out);
    }

    private static List<Object> amounts(FundingAmounts a) {
        return List.of(
                a.requested(), a.awarded(), a.signed(), a.claimed(), a.cashed(), a.toClaim(), a.toCash(), a.toRepay());
    }

    /** Blanks, the number of commitments, then the amounts. */
    private static List<Object> totalsLine(FundingTotals t, int blanks) {
        List<Object> line = new ArrayList<>(java.util.Collections.nCopies(blanks, null));
        line.add(t.commitments());
        line.addAll(amounts(t.amounts()));
        return line;
    }

    private static <T> ReportLayout.Column<T> col(String key, ReportLayout.Type type, Function<T, Object> value) {
        return new ReportLayout.Column<>(key, type, value);
    }

    private static <T> ReportLayout.Column<T> text(String key, Function<T, Object> value) {
        return col(key, ReportLayout.Type.TEXT, value);
    }

    private static <T> ReportLayout.Column<T> money(String key, Function<T, Object> value) {
        return col(key, ReportLayout.Type.MONEY, value);
    }

    private static ReportLayout.Label type(PartnerType t) {
        return t == null ? null : new ReportLayout.Label("partnerType." + t.name());
    }

    private static ReportLayout.Label flag(boolean on) {
        return on ? new ReportLayout.Label("report.yes") : null;
    }

    private static String month(YearMonth m) {
        return String.format("%02d/%d", m.getMonthValue(), m.getYear());
    }

    private static <T> java.math.BigDecimal sum(List<T> rows, Function<T, java.math.BigDecimal> f) {
        return rows.stream().map(f).reduce(java.math.BigDecimal.ZERO.setScale(2), java.math.BigDecimal::add);
    }

    private static <T> Page<T> page(List<T> all, Pageable p) {
        if (p.isUnpaged()) {
            return new PageImpl<>(all, p, all.size());
        }
        int from = (int) Math.min(p.getOffset(), all.size());
        return new PageImpl<>(all.subList(from, Math.min(from + p.getPageSize(), all.size())), p, all.size());
    }

    /**
     * @param sortable the columns SQL sorts on (a whitelist of the queries); {@code null} for the short
     *     reports computed whole, whose lines are sorted here on any column
     */
    private static <T> ReportLayout<T> layout(
            ReportName name,
            List<ReportLayout.Column<T>> columns,
            java.util.Set<String> sortable,
            BiFunction<ReportFilter, Pageable, Page<T>> page,
            Function<ReportFilter, List<Object>> totals) {
        return layout(name, columns, sortable, page, null, totals);
    }

    /**
     * @param stream every line in the default order from one streamed query; {@code null} to read page by
     *     page (short reports, or those whose pages are cheap, like funding by project, paged on projects)
     */
    private static <T> ReportLayout<T> layout(
            ReportName name,
            List<ReportLayout.Column<T>> columns,
            java.util.Set<String> sortable,
            BiFunction<ReportFilter, Pageable, Page<T>> page,
            java.util.function.BiConsumer<ReportFilter, java.util.function.Consumer<T>> stream,
            Function<ReportFilter, List<Object>> totals) {
        java.util.Set<String> keys = sortable != null
                ? java.util.Set.copyOf(sortable)
                : columns.stream()
                        .map(ReportLayout.Column::key)
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new ReportLayout<>() {
            @Override
            public ReportName name() {
                return name;
            }

            @Override
            public List<ReportLayout.Column<T>> columns() {
                return columns;
            }

            @Override
            public java.util.Set<String> sortable() {
                return keys;
            }

            @Override
            public Page<T> page(ReportFilter filter, Pageable pageable) {
                if (sortable != null) {
                    return page.apply(filter, pageable);
                }
                // computed whole (a few lines): sort here, then cut the page
                Page<T> all = page.apply(filter, Pageable.unpaged());
                List<T> lines = new ArrayList<>(all.getContent());
                lines.sort(ReportLayouts.comparator(columns, pageable.getSort()));
                return ReportLayouts.page(lines, pageable);
            }

            @Override
            public void forEach(ReportFilter filter, java.util.function.Consumer<T> sink) {
                if (stream != null) {
                    stream.accept(filter, sink);
                    return;
                }
                int number = 0;
                Page<T> p;
                do {
                    p = page(filter, org.springframework.data.domain.PageRequest.of(number++, CHUNK));
                    p.forEach(sink);
                } while (p.hasNext());
            }

            @Override
            public List<Object> totals(ReportFilter filter) {
                return totals.apply(filter);
            }
        };
    }

    /** Orders lines on the values of the sorted columns (nulls last), keeping their order otherwise. */
    static <T> java.util.Comparator<T> comparator(
            List<ReportLayout.Column<T>> columns, org.springframework.data.domain.Sort sort) {
        java.util.Comparator<T> out = (a, b) -> 0;
        for (org.springframework.data.domain.Sort.Order o : sort) {
            ReportLayout.Column<T> column = columns.stream()
                    .filter(c -> c.key().equals(o.getProperty()))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                continue;
            }
            java.util.Comparator<Comparable<Object>> natural = java.util.Comparator.naturalOrder();
            java.util.Comparator<Comparable<Object>> values =
                    java.util.Comparator.nullsLast(o.isDescending() ? natural.reversed() : natural);
            out = out.thenComparing(line -> comparable(column.value().apply(line)), values);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        Object v = value instanceof ReportLayout.Label l ? l.key() : value;
        return (Comparable<Object>) v;
    }
}
