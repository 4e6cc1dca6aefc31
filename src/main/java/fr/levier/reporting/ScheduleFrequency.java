package fr.levier.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** How often a scheduled report is sent: weekly on Mondays, monthly on the 1st. */
public enum ScheduleFrequency {
    /** Every Monday morning. */
    WEEKLY,
    /** The first day of each month. */
    MONTHLY;

    /** @return whether a report of this frequency is due on that day */
    public boolean dueOn(LocalDate day) {
        return this == WEEKLY ? day.getDayOfWeek() == DayOfWeek.MONDAY : day.getDayOfMonth() == 1;
    }
}
