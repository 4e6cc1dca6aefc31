package fr.levier.reporting;

import java.math.BigDecimal;

/**
 * Totals of the funding-by-project report, computed by SQL aggregates.
 *
 * @param projects    number of projects
 * @param amounts     the plan columns summed
 * @param cityFunding the city's contribution summed
 * @param leverage    awarded partner money (loans excluded) ÷ city money, {@code null} without city money
 */
public record ProjectFundingTotals(
        long projects, FundingAmounts amounts, BigDecimal cityFunding, BigDecimal leverage) {}
