package fr.levier.reporting;

import java.math.BigDecimal;

/**
 * Totals of the receivables-aging report.
 *
 * @param commitments       number of lines
 * @param days0to30         claimed, not cashed, 0–30 days
 * @param days31to60        31–60 days
 * @param days61to90        61–90 days
 * @param over90            more than 90 days
 * @param claimedNotCashed  receivables (the four bands)
 * @param awardedNotClaimed awarded not yet claimed
 * @param atRiskCount       grants whose lapse deadline is overdue or near
 * @param atRiskAmount      awarded not yet claimed on those grants (the "amounts at risk")
 */
public record AgingTotals(
        long commitments,
        BigDecimal days0to30,
        BigDecimal days31to60,
        BigDecimal days61to90,
        BigDecimal over90,
        BigDecimal claimedNotCashed,
        BigDecimal awardedNotClaimed,
        long atRiskCount,
        BigDecimal atRiskAmount) {}
