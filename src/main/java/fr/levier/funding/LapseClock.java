package fr.levier.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Caducité: the next deadline of an awarded grant. With State rules (décret n° 2018-514), works must
 * start within 2 years of notification (a 1-year extension may be recorded) and completion be declared
 * within 4 years of the start; other programmes carry their own durations, and a commitment may carry
 * its own deadline date. An overdue deadline makes the grant "at risk"; it lapses only when a user
 * decides so. Adding years to 29 February gives 28 February (the earlier, safe date).
 */
public final class LapseClock {

    /** A deadline within this many days is "near". */
    public static final int NEAR_DAYS = 90;

    private LapseClock() {}

    /** Which deadline it is. */
    public enum Kind {
        /** Start of works. */
        START,
        /** Declaration of completion. */
        COMPLETION,
        /** A date the funder set, recorded on the commitment. */
        OWN
    }

    /** How close the deadline is. */
    public enum State {
        /** More than {@link #NEAR_DAYS} days left. */
        ON_TRACK,
        /** {@link #NEAR_DAYS} days or fewer left. */
        NEAR,
        /** Past: the grant is at risk of lapsing. */
        OVERDUE
    }

    /**
     * Durations of a programme, in years; {@code null} when the programme sets none.
     *
     * @param startYears      notification → start of works
     * @param completionYears start of works → completion
     * @param extensionYears  extension of the start deadline that may be granted
     */
    public record Rules(Integer startYears, Integer completionYears, Integer extensionYears) {
        /** Décret 2018-514: 2 years to start (+1 on extension), 4 years to complete. */
        public static final Rules STATE = new Rules(2, 4, 1);
    }

    /**
     * The facts of one grant.
     *
     * @param rules                the programme's durations
     * @param notifiedOn           notification of the award
     * @param worksStartedOn       start of works
     * @param completionDeclaredOn completion declared (no deadline after it)
     * @param extensionGranted     the start-deadline extension was granted
     * @param ownDeadline          a date set by the funder, may be {@code null}
     */
    public record Input(
            Rules rules,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            boolean extensionGranted,
            LocalDate ownDeadline) {}

    /**
     * The next deadline.
     *
     * @param kind     which one
     * @param date     the last day
     * @param daysLeft days from today (negative when overdue)
     * @param state    on track, near or overdue
     */
    public record Deadline(Kind kind, LocalDate date, long daysLeft, State state) {}

    /**
     * Computes the next deadline.
     *
     * @param in    the grant's facts
     * @param today today's date (from the application clock)
     * @return the earliest pending deadline, empty when none runs
     */
    public static Optional<Deadline> next(Input in, LocalDate today) {
        if (in.completionDeclaredOn() != null) {
            return Optional.empty();
        }
        Rules r = in.rules() == null ? new Rules(null, null, null) : in.rules();
        Deadline rule = null;
        if (in.worksStartedOn() == null) {
            if (in.notifiedOn() != null && r.startYears() != null) {
                int years =
                        r.startYears() + (in.extensionGranted() && r.extensionYears() != null ? r.extensionYears() : 0);
                rule = deadline(Kind.START, in.notifiedOn().plusYears(years), today);
            }
        } else if (r.completionYears() != null) {
            rule = deadline(Kind.COMPLETION, in.worksStartedOn().plusYears(r.completionYears()), today);
        }
        Deadline own = in.ownDeadline() == null ? null : deadline(Kind.OWN, in.ownDeadline(), today);
        return Stream.of(rule, own).filter(d -> d != null).min(java.util.Comparator.comparing(Deadline::date));
    }

    private static Deadline deadline(Kind kind, LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, date);
        State state = days < 0 ? State.OVERDUE : days <= NEAR_DAYS ? State.NEAR : State.ON_TRACK;
        return new Deadline(kind, date, days, state);
    }
}
