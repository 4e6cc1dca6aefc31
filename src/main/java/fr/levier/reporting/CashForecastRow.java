package fr.levier.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Expected cash-in of one month. Claims sent and not cashed are expected a set number of days after
 * they were sent (overdue ones in the first month); awarded money not yet claimed is expected on the
 * grant's claim schedule (see ADR 010).
 *
 * @param month      the month
 * @param fromClaims from claims sent
 * @param fromAwards from awarded grants not yet claimed
 * @param total      the two summed
 */
public record CashForecastRow(YearMonth month, BigDecimal fromClaims, BigDecimal fromAwards, BigDecimal total) {}
