package fr.levier.dashboard;

import fr.levier.reporting.FunderTypeRow;
import fr.levier.reporting.FundingReports;
import fr.levier.reporting.MonthlyCash;
import fr.levier.reporting.ReportFilter;
import fr.levier.reporting.ReportName;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The financial perspective read from the funding reports, so the scorecard shows exactly the
 * reports' figures (same definitions, same SQL aggregates): awarded amounts from the
 * funding-by-funder-type totals, cash from the monthly cash report, the amounts at risk from the
 * receivables-aging totals, leverage from the funding-by-project totals.
 */
@Component
class ReportsFinancialSource implements FinancialSource {

    private final FundingReports reports;

    ReportsFinancialSource(FundingReports reports) {
        this.reports = reports;
    }

    @Override
    public BigDecimal awarded(LocalDate from, LocalDate to) {
        return reports.byFunderTypeTotals(ReportFilter.ALL.withPeriod(from, to))
                .amounts()
                .awarded();
    }

    @Override
    public Map<YearMonth, BigDecimal> awardedByMonth(LocalDate from, LocalDate to) {
        return new TreeMap<>(reports.awardedByMonth(ReportFilter.ALL.withPeriod(from, to)));
    }

    @Override
    public BigDecimal cashed(LocalDate from, LocalDate to) {
        return cashedByMonth(from, to).values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    @Override
    public Map<YearMonth, BigDecimal> cashedByMonth(LocalDate from, LocalDate to) {
        Map<YearMonth, BigDecimal> out = new TreeMap<>();
        for (MonthlyCash m : reports.cashedByMonth(ReportFilter.ALL.withPeriod(from, to))) {
            out.merge(m.month(), m.cashed(), BigDecimal::add);
        }
        return out;
    }

    @Override
    public BigDecimal amountAtRisk(LocalDate today) {
        return reports.atRisk(ReportFilter.ALL.withPeriod(null, today)).amount();
    }

    @Override
    public BigDecimal leverage() {
        return reports.leverage(ReportFilter.ALL);
    }

    @Override
    public Map<String, BigDecimal> awardedByFunderType() {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (FunderTypeRow row : reports.byFunderType(ReportFilter.ALL)) {
            out.put(row.type().name(), row.amounts().awarded());
        }
        return out;
    }

    @Override
    public String link(IndicatorKey key) {
        ReportName report =
                switch (key) {
                    case FUNDS_RAISED_YEAR, FUNDS_RAISED_TOTAL -> ReportName.FUNDING_BY_FUNDER_TYPE;
                    case AMOUNT_AT_RISK, CLAIMS_OVERDUE -> ReportName.RECEIVABLES_AGING;
                    case DEADLINES_MET -> ReportName.DEADLINES;
                    default -> ReportName.FUNDING_BY_PROJECT;
                };
        return "reports/" + report.slug();
    }
}
