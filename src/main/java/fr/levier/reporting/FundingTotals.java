package fr.levier.reporting;

/**
 * Totals of the funding-by-partner and funding-by-funder-type reports (the same figures for the same
 * filter), computed by SQL aggregates.
 *
 * @param commitments number of commitments counted
 * @param amounts     the plan columns summed
 */
public record FundingTotals(long commitments, FundingAmounts amounts) {}
