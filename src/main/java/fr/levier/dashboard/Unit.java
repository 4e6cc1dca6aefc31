package fr.levier.dashboard;

/** How an indicator's value reads. */
public enum Unit {
    /** Euros, scale 2. */
    MONEY,
    /** A whole number. */
    COUNT,
    /** A ratio such as 4,87 (leverage). */
    RATIO,
    /** A number of days. */
    DAYS,
    /** A percentage from 0 to 100. */
    PERCENT
}
