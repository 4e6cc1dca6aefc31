package fr.levier.funding;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Caducité: the deadlines of an awarded grant and what the recorded dates reveal. Three regimes cite
 * three texts: State investment grants under décret n° 2018-514; DETR and DSIL under CGCT art. R2334-24
 * and following (which décret 2018-514 excludes; their "start" is the first legal commitment, e.g. the
 * works contract signed); other funders under their own rules (programme durations or a date recorded
 * on the commitment).
 *
 * <p>Works must start within the start period after notification (the extension granted moves it to
 * the date granted, at most one year later) and be completed within the completion period after the
 * start (a completion extension may be granted: at most two years for DETR/DSIL). A start recorded
 * after the start deadline is a lapse at once ({@link Finding#LATE_START}); a start before the request
 * was received, or before the date from which the funder allows it, makes the expense ineligible
 * ({@link Finding#START_BEFORE_REQUEST}). An overdue deadline makes the grant "at risk"; the grant lapses
 * only when a user records it. Adding years to 29 February gives 28 February (the earlier, safe date).
 */
public final class LapseClock {

    /** A deadline within this many days is "near". */
    public static final int NEAR_DAYS = 90;

    /** Longest start extension in every regime (décret 2018-514, CGCT R2334-24 s.). */
    public static final int MAX_START_EXTENSION_YEARS = 1;

    /** Longest completion extension for DETR and DSIL (CGCT R2334-24 s.). */
    public static final int MAX_COMPLETION_EXTENSION_YEARS_DETR_DSIL = 2;

    private LapseClock() {}

    /** Which text governs the grant. */
    public enum Regime {
        /** State investment grants: décret n° 2018-514. */
        STATE_2018_514,
        /** DETR and DSIL: CGCT art. R2334-24 and following. */
        DETR_DSIL,
        /** The funder's own rules (convention, programme rules). */
        OTHER;

        /**
         * @param programmeCode code of the programme, may be {@code null}
         * @param stateRules    whether the programme follows the State rules
         * @return the regime
         */
        public static Regime of(String programmeCode, boolean stateRules) {
            if ("DETR".equals(programmeCode) || "DSIL".equals(programmeCode)) {
                return DETR_DSIL;
            }
            return stateRules ? STATE_2018_514 : OTHER;
        }

        /** @return the key of the text cited in messages ({@code lapse.ref.<name>}) */
        public String referenceKey() {
            return "lapse.ref." + name();
        }
    }

    /** Which deadline it is. */
    public enum Kind {
        /** Start of works (first legal commitment for DETR/DSIL). */
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
        /** Past (or missed by a late start): the grant is at risk of lapsing. */
        OVERDUE
    }

    /** What the recorded dates reveal. */
    public enum Finding {
        /** The start was recorded after the start deadline: lapse at risk at once. */
        LATE_START,
        /** The start was recorded before the request was received (or before the allowed date): expense ineligible. */
        START_BEFORE_REQUEST,
        /** The start extension granted is longer than one year. */
        START_EXTENSION_TOO_LONG,
        /** The completion extension granted is longer than two years (DETR/DSIL). */
        COMPLETION_EXTENSION_TOO_LONG
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

        /** No durations. */
        public static final Rules NONE = new Rules(null, null, null);
    }

    /**
     * The facts of one grant.
     *
     * @param regime               which text governs it
     * @param rules                the programme's durations
     * @param requestReceivedOn    the request was received (dossier déposé), may be {@code null}
     * @param startAllowedFrom     the funder allows a start from this date (before the request), may be {@code null}
     * @param notifiedOn           notification of the award
     * @param worksStartedOn       start of works (first legal commitment for DETR/DSIL)
     * @param completionDeclaredOn completion declared (no deadline after it)
     * @param startExtendedTo      the start deadline as extended (the date granted), may be {@code null}
     * @param completionExtendedTo the completion deadline as extended (the date granted), may be {@code null}
     * @param ownDeadline          a date set by the funder, may be {@code null}
     */
    public record Input(
            Regime regime,
            Rules rules,
            LocalDate requestReceivedOn,
            LocalDate startAllowedFrom,
            LocalDate notifiedOn,
            LocalDate worksStartedOn,
            LocalDate completionDeclaredOn,
            LocalDate startExtendedTo,
            LocalDate completionExtendedTo,
            LocalDate ownDeadline) {

        /**
         * The facts known before extension dates were recorded: an extension "granted" without its date
         * is read as the programme's full extension.
         */
        public Input(
                Rules rules,
                LocalDate notifiedOn,
                LocalDate worksStartedOn,
                LocalDate completionDeclaredOn,
                boolean extensionGranted,
                LocalDate ownDeadline) {
            this(
                    Regime.OTHER,
                    rules,
                    null,
                    null,
                    notifiedOn,
                    worksStartedOn,
                    completionDeclaredOn,
                    extensionGranted ? legacyExtension(rules, notifiedOn) : null,
                    null,
                    ownDeadline);
        }

        private static LocalDate legacyExtension(Rules rules, LocalDate notifiedOn) {
            if (rules == null || notifiedOn == null || rules.startYears() == null || rules.extensionYears() == null) {
                return null;
            }
            return notifiedOn.plusYears(rules.startYears() + rules.extensionYears());
        }
    }

    /**
     * The next deadline.
     *
     * @param kind      which one
     * @param date      the last day
     * @param daysLeft  days from today (negative when overdue)
     * @param state     on track, near or overdue
     * @param regime    the text that sets it
     * @param lateStart the start was recorded after this (start) deadline: lapse at risk
     */
    public record Deadline(Kind kind, LocalDate date, long daysLeft, State state, Regime regime, boolean lateStart) {
        /** A deadline without regime (the funder's own rules). */
        public Deadline(Kind kind, LocalDate date, long daysLeft, State state) {
            this(kind, date, daysLeft, state, Regime.OTHER, false);
        }
    }

    /**
     * Everything the clock says about a grant.
     *
     * @param deadline              the next deadline, {@code null} when none runs
     * @param findings              what the dates reveal (late start, ineligible start, extensions too long)
     * @param startDeadline         the start deadline (extension included), {@code null} when none
     * @param completionDeadline    the completion deadline (extension included), {@code null} before the start
     */
    public record Verdict(
            Deadline deadline, List<Finding> findings, LocalDate startDeadline, LocalDate completionDeadline) {
        /** @return whether the grant is at risk of lapsing now */
        public boolean atRisk() {
            return findings.contains(Finding.LATE_START) || (deadline != null && deadline.state() == State.OVERDUE);
        }
    }

    /**
     * Computes the next deadline.
     *
     * @param in    the grant's facts
     * @param today today's date (from the application clock)
     * @return the earliest pending deadline, empty when none runs
     */
    public static Optional<Deadline> next(Input in, LocalDate today) {
        return Optional.ofNullable(evaluate(in, today).deadline());
    }

    /**
     * Reads the grant's dates against its regime.
     *
     * @param in    the grant's facts
     * @param today today's date (from the application clock)
     * @return the next deadline and the findings
     */
    public static Verdict evaluate(Input in, LocalDate today) {
        Rules r = in.rules() == null ? Rules.NONE : in.rules();
        Regime regime = in.regime() == null ? Regime.OTHER : in.regime();
        List<Finding> findings = new ArrayList<>();
        LocalDate baseStart = in.notifiedOn() != null && r.startYears() != null
                ? in.notifiedOn().plusYears(r.startYears())
                : null;
        LocalDate startDeadline = baseStart;
        if (in.startExtendedTo() != null) {
            if (baseStart != null && in.startExtendedTo().isAfter(baseStart.plusYears(MAX_START_EXTENSION_YEARS))) {
                findings.add(Finding.START_EXTENSION_TOO_LONG);
            }
            startDeadline =
                    baseStart == null || in.startExtendedTo().isAfter(baseStart) ? in.startExtendedTo() : baseStart;
        }
        LocalDate started = in.worksStartedOn();
        LocalDate threshold = in.startAllowedFrom() != null ? in.startAllowedFrom() : in.requestReceivedOn();
        if (started != null && threshold != null && started.isBefore(threshold)) {
            findings.add(Finding.START_BEFORE_REQUEST);
        }
        boolean late = started != null && startDeadline != null && started.isAfter(startDeadline);
        if (late) {
            findings.add(Finding.LATE_START);
        }
        LocalDate completionDeadline = null;
        if (started != null && r.completionYears() != null) {
            LocalDate baseCompletion = started.plusYears(r.completionYears());
            completionDeadline = baseCompletion;
            if (in.completionExtendedTo() != null && in.completionExtendedTo().isAfter(baseCompletion)) {
                if (regime == Regime.DETR_DSIL
                        && in.completionExtendedTo()
                                .isAfter(baseCompletion.plusYears(MAX_COMPLETION_EXTENSION_YEARS_DETR_DSIL))) {
                    findings.add(Finding.COMPLETION_EXTENSION_TOO_LONG);
                }
                completionDeadline = in.completionExtendedTo();
            }
        } else if (started != null && in.completionExtendedTo() != null) {
            completionDeadline = in.completionExtendedTo();
        }
        if (in.completionDeclaredOn() != null) {
            return new Verdict(null, List.copyOf(findings), startDeadline, completionDeadline);
        }
        Deadline rule = null;
        if (late) {
            rule = deadline(Kind.START, startDeadline, today, regime, true);
        } else if (started == null) {
            if (startDeadline != null) {
                rule = deadline(Kind.START, startDeadline, today, regime, false);
            }
        } else if (completionDeadline != null) {
            rule = deadline(Kind.COMPLETION, completionDeadline, today, regime, false);
        }
        Deadline own =
                in.ownDeadline() == null ? null : deadline(Kind.OWN, in.ownDeadline(), today, Regime.OTHER, false);
        Deadline next = late
                ? rule
                : Stream.of(rule, own)
                        .filter(d -> d != null)
                        .min(Comparator.comparing(Deadline::date))
                        .orElse(null);
        return new Verdict(next, List.copyOf(findings), startDeadline, completionDeadline);
    }

    private static Deadline deadline(Kind kind, LocalDate date, LocalDate today, Regime regime, boolean lateStart) {
        long days = ChronoUnit.DAYS.between(today, date);
        State state = lateStart || days < 0 ? State.OVERDUE : days <= NEAR_DAYS ? State.NEAR : State.ON_TRACK;
        return new Deadline(kind, date, days, state, regime, lateStart);
    }
}
