package fr.levier.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/** The period a scheduled report covers, relative to the day it is sent. */
public enum SchedulePeriod {
    /** No period: the position on the day (and the reports' own defaults). */
    CURRENT,
    /** The fiscal year so far: 1 January to the day before. */
    YEAR_TO_DATE,
    /** The previous calendar month. */
    PREVIOUS_MONTH,
    /** The previous seven days. */
    PREVIOUS_WEEK;

    /** @return the filter for a run on that day */
    public ReportFilter filterOn(LocalDate day) {
        return switch (this) {
            case CURRENT -> ReportFilter.ALL;
            case YEAR_TO_DATE -> ReportFilter.ALL.withPeriod(LocalDate.of(day.getYear(), 1, 1), day.minusDays(1));
            case PREVIOUS_MONTH -> {
                YearMonth m = YearMonth.from(day).minusMonths(1);
                yield ReportFilter.ALL.withPeriod(m.atDay(1), m.atEndOfMonth());
            }
            case PREVIOUS_WEEK -> ReportFilter.ALL.withPeriod(day.minusDays(7), day.minusDays(1));
        };
    }
}
