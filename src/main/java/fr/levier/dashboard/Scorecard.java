package fr.levier.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The Balanced Scorecard at a date.
 *
 * @param year       the year whose targets apply
 * @param asOf       the date the figures are computed at
 * @param indicators every indicator, in perspective order
 * @param charts     the charts' data
 */
public record Scorecard(int year, LocalDate asOf, List<Indicator> indicators, Charts charts) {

    /** @return the indicators of one perspective */
    public List<Indicator> of(Perspective perspective) {
        return indicators.stream().filter(i -> i.perspective() == perspective).toList();
    }

    /** @return the indicator with that key */
    public Indicator get(IndicatorKey key) {
        return indicators.stream().filter(i -> i.key() == key).findFirst().orElseThrow();
    }
}
