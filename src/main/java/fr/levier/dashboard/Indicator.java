package fr.levier.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One indicator of the scorecard, as shown and as returned by {@code GET /api/dashboard}.
 *
 * @param key    which indicator
 * @param value  its value, {@code null} when it cannot be computed (shown "—")
 * @param target the target of the year, {@code null} when none is set
 * @param status its colour against the target
 * @param trend  the last 12 months or 5 years, oldest first; empty for snapshot indicators
 * @param details figures that explain the value (e.g. {@code met} and {@code missed} deadlines), by name
 * @param link   the application route of the list or report behind the figure
 */
public record Indicator(
        IndicatorKey key,
        BigDecimal value,
        BigDecimal target,
        TargetStatus status,
        List<TrendPoint> trend,
        Map<String, BigDecimal> details,
        String link) {

    /** @return its perspective */
    public Perspective perspective() {
        return key.perspective();
    }
}
