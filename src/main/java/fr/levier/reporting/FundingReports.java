package fr.levier.reporting;

import java.util.List;
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
@Transactional(readOnly = true)
public class FundingReports {

    /** Funding per project: plan columns, city share, leverage, floor and lapse flags. */
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<ProjectFundingRow> byProject(ReportFilter filter, Pageable pageable) {
        return new PageImpl<>(List.of(), pageable, 0);
    }

    /** Totals of {@link #byProject}. */
    @PreAuthorize("hasRole('VIEWER')")
    public ProjectFundingTotals byProjectTotals(ReportFilter filter) {
        return new ProjectFundingTotals(0, FundingAmounts.ZERO, FundingAmounts.ZERO.requested(), null);
    }

    /** Funding per partner (whole commitments of the period). */
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<PartnerFundingRow> byPartner(ReportFilter filter, Pageable pageable) {
        return new PageImpl<>(List.of(), pageable, 0);
    }

    /** Totals of {@link #byPartner}; the same as {@link #byFunderTypeTotals} for the same filter. */
    @PreAuthorize("hasRole('VIEWER')")
    public FundingTotals byPartnerTotals(ReportFilter filter) {
        return new FundingTotals(0, FundingAmounts.ZERO);
    }

    /** Funding per funder type (at most one line per {@link fr.levier.partner.PartnerType}). */
    @PreAuthorize("hasRole('VIEWER')")
    public List<FunderTypeRow> byFunderType(ReportFilter filter) {
        return List.of();
    }

    /** Totals of {@link #byFunderType}. */
    @PreAuthorize("hasRole('VIEWER')")
    public FundingTotals byFunderTypeTotals(ReportFilter filter) {
        return new FundingTotals(0, FundingAmounts.ZERO);
    }

    /** Receivables by age band at {@code filter.to()} (today when open), awarded not claimed, lapse risk. */
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<AgingRow> receivablesAging(ReportFilter filter, Pageable pageable) {
        return new PageImpl<>(List.of(), pageable, 0);
    }

    /** Totals of {@link #receivablesAging}, including the amounts at risk of lapse. */
    @PreAuthorize("hasRole('VIEWER')")
    public AgingTotals receivablesAgingTotals(ReportFilter filter) {
        var z = FundingAmounts.ZERO.requested();
        return new AgingTotals(0, z, z, z, z, z, z, 0, z);
    }

    /** Expected cash-in by month, from {@code filter.from()} (this month when open) to {@code to()} (12 months). */
    @PreAuthorize("hasRole('VIEWER')")
    public List<CashForecastRow> cashForecast(ReportFilter filter) {
        return List.of();
    }

    /** Mécénat gifts received in the period. */
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<MecenatReceiptRow> mecenatReceipts(ReportFilter filter, Pageable pageable) {
        return new PageImpl<>(List.of(), pageable, 0);
    }

    /** Totals of {@link #mecenatReceipts}. */
    @PreAuthorize("hasRole('VIEWER')")
    public CountAndAmount mecenatReceiptsTotals(ReportFilter filter) {
        return new CountAndAmount(0, FundingAmounts.ZERO.requested());
    }

    /** Deadlines in the period (the next 90 days when open), soonest first. */
    @PreAuthorize("@reportAccess.mayReadLines()")
    public Page<DeadlineRow> deadlines(ReportFilter filter, Pageable pageable) {
        return new PageImpl<>(List.of(), pageable, 0);
    }

    /** Totals of {@link #deadlines}: how many, and the money at stake. */
    @PreAuthorize("hasRole('VIEWER')")
    public CountAndAmount deadlinesTotals(ReportFilter filter) {
        return new CountAndAmount(0, FundingAmounts.ZERO.requested());
    }

    /** Money cashed per month in the period (months without cash included, as zero). */
    @PreAuthorize("hasRole('VIEWER')")
    public List<MonthlyCash> cashedByMonth(ReportFilter filter) {
        return List.of();
    }
}
