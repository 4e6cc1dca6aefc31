package fr.levier.dashboard;

import fr.levier.funding.FinancingPlanService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Financial figures read straight from the funding tables (SQL aggregates); leverage is the funding
 * module's own portfolio figure, so the scorecard shows what the commitments list shows.
 */
@Component
class LedgerFinancialSource implements FinancialSource {

    private final IndicatorQueries queries;
    private final FinancingPlanService plans;

    LedgerFinancialSource(IndicatorQueries queries, FinancingPlanService plans) {
        this.queries = queries;
        this.plans = plans;
    }

    @Override
    public BigDecimal awarded(LocalDate from, LocalDate to) {
        return queries.awarded(from, to);
    }

    @Override
    public Map<YearMonth, BigDecimal> awardedByMonth(LocalDate from, LocalDate to) {
        return queries.awardedByMonth(from, to);
    }

    @Override
    public BigDecimal cashed(LocalDate from, LocalDate to) {
        return queries.cashed(from, to);
    }

    @Override
    public Map<YearMonth, BigDecimal> cashedByMonth(LocalDate from, LocalDate to) {
        return queries.cashedByMonth(from, to);
    }

    @Override
    public BigDecimal amountAtRisk(LocalDate today) {
        return queries.amountAtRisk(today);
    }

    @Override
    public BigDecimal leverage() {
        return plans.portfolio().leverageAwarded();
    }

    @Override
    public Map<String, BigDecimal> awardedByFunderType() {
        return queries.awardedByFunderType();
    }

    @Override
    public String link(IndicatorKey key) {
        return switch (key) {
            case AMOUNT_AT_RISK -> "deadlines";
            default -> "commitments";
        };
    }
}
