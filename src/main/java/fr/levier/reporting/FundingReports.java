package fr.levier.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding reports (read-only), the single source of the finance figures: the dashboard, the report
 * screens, the exports and the API all read them here. Row methods page through {@link Pageable};
 * totals come from SQL aggregates, never from loading rows.
 *
 * <p>Access: totals are readable by every signed-in user (the dashboard shows them); the lines are
 * readable by finance and administrators, and by officers and viewers unless the city restricted
 * reports to finance ({@link ReportAccess}).
 */
@Service
public class FundingReports {

    private final AmountQueries amounts;
    private final ReceivableQueries receivables;
    private final DeadlineQueries deadlines;

    FundingReports(AmountQueries amounts, ReceivableQueries receivables, DeadlineQueries deadlines) {
        this.amounts = amounts;
        this.receivables = receivables;
        this.deadlines = deadlines;
    }

    /** Funding per project: plan columns, city share, leverage, floor and lapse flags. */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<ProjectFundingRow> byProject(ReportFilter filter, Pageable pageable) {
        return amounts.byProject(filter, pageable);
    }

    /** Totals of {@link #byProject}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public ProjectFundingTotals byProjectTotals(ReportFilter filter) {
        return amounts.byProjectTotals(filter);
    }

    /** Funding per partner (whole commitments of the period). */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<PartnerFundingRow> byPartner(ReportFilter filter, Pageable pageable) {
        return amounts.byPartner(filter, pageable);
    }

    /**
     * Every line of {@link #byPartner} in its default order, read from the database as a stream (for the
     * exports): one aggregate query, never the whole report in memory.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public void eachByPartner(ReportFilter filter, Consumer<PartnerFundingRow> sink) {
        amounts.eachByPartner(filter, sink);
    }

    /** Totals of {@link #byPartner}; the same as {@link #byFunderTypeTotals} for the same filter. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public FundingTotals byPartnerTotals(ReportFilter filter) {
        return amounts.commitmentTotals(filter);
    }

    /** Funding per funder type (at most one line per {@link fr.levier.partner.PartnerType}, in its order). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<FunderTypeRow> byFunderType(ReportFilter filter) {
        return amounts.byFunderType(filter);
    }

    /** Totals of {@link #byFunderType}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public FundingTotals byFunderTypeTotals(ReportFilter filter) {
        return amounts.commitmentTotals(filter);
    }

    /** Receivables by age band at {@code filter.to()} (today when open), awarded not claimed, lapse risk. */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<AgingRow> receivablesAging(ReportFilter filter, Pageable pageable) {
        return receivables.aging(filter, pageable);
    }

    /** Every line of {@link #receivablesAging} in its default order, streamed (for the exports). */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public void eachReceivablesAging(ReportFilter filter, Consumer<AgingRow> sink) {
        receivables.eachAging(filter, sink);
    }

    /** Totals of {@link #receivablesAging}, including the amounts at risk of lapse. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public AgingTotals receivablesAgingTotals(ReportFilter filter) {
        return receivables.agingTotals(filter);
    }

    /** Expected cash-in by month, from {@code filter.from()} (this month when open) to {@code to()} (12 months). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<CashForecastRow> cashForecast(ReportFilter filter) {
        return receivables.cashForecast(filter);
    }

    /** Mécénat gifts received in the period. */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<MecenatReceiptRow> mecenatReceipts(ReportFilter filter, Pageable pageable) {
        return receivables.mecenatReceipts(filter, pageable);
    }

    /** Every line of {@link #mecenatReceipts} in its default order, streamed (for the exports). */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public void eachMecenatReceipt(ReportFilter filter, Consumer<MecenatReceiptRow> sink) {
        receivables.eachMecenatReceipt(filter, sink);
    }

    /** Totals of {@link #mecenatReceipts}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CountAndAmount mecenatReceiptsTotals(ReportFilter filter) {
        return receivables.mecenatTotals(filter);
    }

    /** Deadlines in the period (overdue ones and the next 90 days when open), by officer then date. */
    @Transactional(readOnly = true)
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<DeadlineRow> deadlines(ReportFilter filter, Pageable pageable) {
        List<DeadlineRow> all = deadlines.all(filter);
        if (pageable.isUnpaged()) {
            return new PageImpl<>(all, pageable, all.size());
        }
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        return new PageImpl<>(all.subList(from, to), pageable, all.size());
    }

    /** Totals of {@link #deadlines}: how many, and the money at stake. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CountAndAmount deadlinesTotals(ReportFilter filter) {
        List<DeadlineRow> all = deadlines.all(filter);
        BigDecimal money = all.stream()
                .map(DeadlineRow::amount)
                .filter(Objects::nonNull)
                .reduce(Sql.money((BigDecimal) null), BigDecimal::add);
        return new CountAndAmount(all.size(), money);
    }

    /**
     * Awarded money per month of the commitments' reference date (the "awarded" column of the amount
     * reports, month by month): one grouped query, no claim read. Months without awards are absent.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Map<java.time.YearMonth, BigDecimal> awardedByMonth(ReportFilter filter) {
        return amounts.awardedByMonth(filter);
    }

    /** The leverage of {@link #byProjectTotals} alone, computed without reading the claims. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public BigDecimal leverage(ReportFilter filter) {
        return amounts.leverage(filter);
    }

    /** The lapse-risk part of {@link #receivablesAgingTotals}: grants at risk and the money still to claim. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CountAndAmount atRisk(ReportFilter filter) {
        return receivables.atRisk(filter);
    }

    /** Money cashed per month in the period (the last 12 months when open; months without cash as zero). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<MonthlyCash> cashedByMonth(ReportFilter filter) {
        return receivables.cashedByMonth(filter);
    }
}
