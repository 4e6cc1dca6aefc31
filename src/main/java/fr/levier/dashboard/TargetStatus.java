package fr.levier.dashboard;

import java.math.BigDecimal;

/**
 * The colour of an indicator against its target (a plain rule): green when the target is reached,
 * amber when within 10 % of it, red beyond; none without a value or a target. When lower is better
 * the comparison is reversed (at most the target is green, up to 10 % above it amber).
 */
public enum TargetStatus {
    /** Target reached. */
    GREEN,
    /** Within 10 % of the target. */
    AMBER,
    /** More than 10 % off the target. */
    RED,
    /** No value or no target. */
    NONE;

    /** Tolerance of the amber band, as a fraction of the target. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    /**
     * @param value          the indicator's value, may be {@code null}
     * @param target         the target, may be {@code null}
     * @param higherIsBetter whether more is better
     * @return the colour
     */
    public static TargetStatus of(BigDecimal value, BigDecimal target, boolean higherIsBetter) {
        if (value == null || target == null) {
            return NONE;
        }
        BigDecimal margin = target.abs().multiply(TOLERANCE);
        if (higherIsBetter) {
            if (value.compareTo(target) >= 0) {
                return GREEN;
            }
            return value.compareTo(target.subtract(margin)) >= 0 ? AMBER : RED;
        }
        if (value.compareTo(target) <= 0) {
            return GREEN;
        }
        return value.compareTo(target.add(margin)) <= 0 ? AMBER : RED;
    }
}
