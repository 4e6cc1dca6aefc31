package fr.levier.dashboard;

import fr.levier.partner.TaskView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An officer's day: open tasks, deadlines of the next days, and the dossiers in their charge with
 * what needs attention.
 *
 * @param today      the date
 * @param tasks      open tasks, soonest due first (at most {@link MyDayService#LIST_LIMIT})
 * @param openTasks  how many open tasks in all
 * @param deadlines  lapse deadlines, milestones and tasks due within {@link MyDayService#HORIZON_DAYS} days (and overdue ones)
 * @param dossiers   active projects in the officer's charge, flagged ones first
 */
public record MyDay(
        LocalDate today, List<TaskView> tasks, long openTasks, List<Deadline> deadlines, List<Dossier> dossiers) {

    /** What a deadline is about. */
    public enum DeadlineKind {
        /** Start of works of an awarded grant (lapse). */
        LAPSE_START,
        /** Completion of an awarded grant (lapse). */
        LAPSE_COMPLETION,
        /** A date set by the funder. */
        LAPSE_OWN,
        /** A project milestone. */
        MILESTONE,
        /** A task. */
        TASK
    }

    /** What needs attention on a dossier. */
    public enum Flag {
        /** A funding grant's lapse deadline is past. */
        AT_RISK,
        /** A lapse deadline falls within the horizon. */
        DEADLINE_SOON,
        /** A milestone is late. */
        MILESTONE_LATE,
        /** A task of the project is overdue. */
        TASK_OVERDUE,
        /** The 20 % self-financing floor is broken. */
        FLOOR_BROKEN
    }

    /**
     * A dated thing to do.
     *
     * @param date     the last day
     * @param daysLeft days from today (negative when overdue)
     * @param kind     what it is
     * @param label    its title (grant, milestone or task)
     * @param project  the project's code and name, or for a task its partner; may be {@code null}
     * @param amount   money at stake (grants), may be {@code null}
     * @param link     the route to open it
     */
    public record Deadline(
            LocalDate date,
            long daysLeft,
            DeadlineKind kind,
            String label,
            String project,
            BigDecimal amount,
            String link) {}

    /**
     * A project in the officer's charge.
     *
     * @param projectId the project
     * @param code      its code
     * @param name      its name
     * @param status    its status name
     * @param flags     what needs attention (empty when all is well)
     */
    public record Dossier(Long projectId, String code, String name, String status, Set<Flag> flags) {}
}
