package fr.levier.dashboard;

/** The steps of an indicator's trend: the last 12 months, or the last 5 years for slow indicators. */
public enum TrendScale {
    /** The last 12 calendar months, the current one included. */
    MONTHS,
    /** The last 5 calendar years, the current one included. */
    YEARS,
    /** A snapshot indicator: the data keeps no past state to rebuild a trend from. */
    NONE
}
