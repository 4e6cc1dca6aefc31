package fr.levier.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Money actually cashed in one month (payments recorded by finance).
 *
 * @param month  the month
 * @param cashed the amount
 */
public record MonthlyCash(YearMonth month, BigDecimal cashed) {}
