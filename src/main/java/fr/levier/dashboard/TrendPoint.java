package fr.levier.dashboard;

import java.math.BigDecimal;

/**
 * One step of a trend.
 *
 * @param period {@code 2026-03} for a month, {@code 2026} for a year
 * @param value  the value over that period (or at its end for stocks), {@code null} when unknown
 */
public record TrendPoint(String period, BigDecimal value) {}
