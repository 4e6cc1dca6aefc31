package fr.levier.dashboard;

import java.time.Instant;

/**
 * The scorecard as served: computed by its SQL aggregates at {@code computedAt} (the snapshot), with the
 * year's targets applied when served.
 *
 * @param scorecard  the figures
 * @param computedAt when they were computed
 * @param stale      whether funding or partner data changed since (a refresh is on its way)
 */
public record ServedScorecard(Scorecard scorecard, Instant computedAt, boolean stale) {}
