package fr.levier.reporting;

import fr.levier.funding.CommitmentStatus;
import fr.levier.funding.LapseClock;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Lapse deadlines of report lines, from the funding rule {@link LapseClock}. */
final class Lapse {

    private Lapse() {}

    /** Statuses whose lapse clock runs, as an SQL list. */
    static final String CLOCKED = "("
            + String.join(
                    ", ",
                    Arrays.stream(CommitmentStatus.values())
                            .filter(CommitmentStatus::hasLapseClock)
                            .map(s -> "'" + s.name() + "'")
                            .toList())
            + ")";

    /** Reads the clock's facts from a line of {@link Sql#commitments}. */
    static LapseClock.Input input(ResultSet rs) throws SQLException {
        return new LapseClock.Input(
                new LapseClock.Rules(
                        (Integer) rs.getObject("start_years", Integer.class),
                        (Integer) rs.getObject("completion_years", Integer.class),
                        (Integer) rs.getObject("extension_years", Integer.class)),
                date(rs, "notified_on"),
                date(rs, "works_started_on"),
                date(rs, "completion_declared_on"),
                rs.getBoolean("extension_granted"),
                date(rs, "own_deadline"));
    }

    /** @return whether the line's status runs a lapse clock */
    static boolean clocked(ResultSet rs) throws SQLException {
        return CommitmentStatus.valueOf(rs.getString("status")).hasLapseClock();
    }

    /** The next deadline, or empty. */
    static Optional<LapseClock.Deadline> next(LapseClock.Input in, LocalDate today) {
        return LapseClock.next(in, today);
    }

    /** @return whether the deadline is overdue or near */
    static boolean atRisk(Optional<LapseClock.Deadline> d) {
        return d.map(x -> x.state() != LapseClock.State.ON_TRACK).orElse(false);
    }

    /**
     * Every pending deadline of a grant, not only the next: the rule's (start of works, else completion)
     * and the funder's own date.
     */
    static List<LapseClock.Deadline> all(LapseClock.Input in, LocalDate today) {
        List<LapseClock.Deadline> out = new ArrayList<>();
        if (in.completionDeclaredOn() != null) {
            return out;
        }
        LapseClock.next(
                        new LapseClock.Input(
                                in.regime(),
                                in.rules(),
                                in.requestReceivedOn(),
                                in.startAllowedFrom(),
                                in.notifiedOn(),
                                in.worksStartedOn(),
                                null,
                                in.startExtendedTo(),
                                in.completionExtendedTo(),
                                null),
                        today)
                .ifPresent(out::add);
        if (in.ownDeadline() != null) {
            LapseClock.next(new LapseClock.Input(null, null, null, null, false, in.ownDeadline()), today)
                    .ifPresent(out::add);
        }
        return out;
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
