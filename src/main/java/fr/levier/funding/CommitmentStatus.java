package fr.levier.funding;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a commitment, with its allowed transitions (a plain rule): identified → requested →
 * complete → awarded | refused → convention signed → partially paid → paid → closed; any open one →
 * lapsed (caduc, only by a user's decision) or withdrawn.
 */
public enum CommitmentStatus {
    /** A funding opportunity spotted. */
    IDENTIFIED,
    /** Dossier submitted (déposé). */
    REQUESTED,
    /** Declared complete by the funder. */
    COMPLETE,
    /** Awarded (notification, arrêté, délibération). */
    AWARDED,
    /** Refused. */
    REFUSED,
    /** Convention signed. */
    CONVENTION_SIGNED,
    /** Part of the award cashed. */
    PARTIALLY_PAID,
    /** Whole award cashed. */
    PAID,
    /** Closed (balance cashed, file archived). */
    CLOSED,
    /** Lapsed (caduc): decided by a user, never automatically. */
    LAPSED,
    /** Withdrawn by the city. */
    WITHDRAWN;

    /** @return whether the commitment is still alive (may still bring money) */
    public boolean isOpen() {
        return switch (this) {
            case IDENTIFIED, REQUESTED, COMPLETE, AWARDED, CONVENTION_SIGNED, PARTIALLY_PAID -> true;
            default -> false;
        };
    }

    /** @return whether the funder has awarded the money (awarded or later, not lapsed/withdrawn) */
    public boolean isAwarded() {
        return switch (this) {
            case AWARDED, CONVENTION_SIGNED, PARTIALLY_PAID, PAID, CLOSED -> true;
            default -> false;
        };
    }

    /** @return whether the convention is signed (or the money already paid) */
    public boolean isSigned() {
        return switch (this) {
            case CONVENTION_SIGNED, PARTIALLY_PAID, PAID, CLOSED -> true;
            default -> false;
        };
    }

    /** @return whether the commitment's money is lost or never came (refused, lapsed, withdrawn) */
    public boolean isDead() {
        return this == REFUSED || this == LAPSED || this == WITHDRAWN;
    }

    /** @return whether lapse deadlines run (awarded, not fully paid) */
    public boolean hasLapseClock() {
        return this == AWARDED || this == CONVENTION_SIGNED || this == PARTIALLY_PAID;
    }

    /** @return the statuses this one may move to */
    public Set<CommitmentStatus> next() {
        Set<CommitmentStatus> next =
                switch (this) {
                    case IDENTIFIED -> EnumSet.of(REQUESTED);
                    case REQUESTED -> EnumSet.of(COMPLETE, AWARDED, REFUSED);
                    case COMPLETE -> EnumSet.of(AWARDED, REFUSED);
                    case AWARDED -> EnumSet.of(CONVENTION_SIGNED, PARTIALLY_PAID, PAID);
                    case CONVENTION_SIGNED -> EnumSet.of(PARTIALLY_PAID, PAID);
                    case PARTIALLY_PAID -> EnumSet.of(PAID);
                    case PAID -> EnumSet.of(CLOSED);
                    case REFUSED -> EnumSet.of(CLOSED);
                    case CLOSED, LAPSED, WITHDRAWN -> EnumSet.noneOf(CommitmentStatus.class);
                };
        if (isOpen()) {
            next.add(WITHDRAWN);
            if (this != IDENTIFIED) {
                next.add(LAPSED);
            }
        }
        return next;
    }

    /**
     * The shortest way along the allowed transitions, never through a dead status (refused, lapsed,
     * withdrawn) unless it is the target.
     *
     * @param from   the status now
     * @param target the status wanted
     * @return the statuses to go through, in order, {@code target} last; empty when {@code from == target}
     * @throws IllegalArgumentException when {@code target} cannot be reached
     */
    public static java.util.List<CommitmentStatus> path(CommitmentStatus from, CommitmentStatus target) {
        java.util.Map<CommitmentStatus, CommitmentStatus> previous = new java.util.EnumMap<>(CommitmentStatus.class);
        java.util.ArrayDeque<CommitmentStatus> queue = new java.util.ArrayDeque<>(java.util.List.of(from));
        previous.put(from, from);
        while (!queue.isEmpty() && !previous.containsKey(target)) {
            CommitmentStatus s = queue.poll();
            for (CommitmentStatus n : s.next()) {
                if (!previous.containsKey(n) && (!n.isDead() || n == target)) {
                    previous.put(n, s);
                    queue.add(n);
                }
            }
        }
        if (!previous.containsKey(target)) {
            throw new IllegalArgumentException(from + " → " + target);
        }
        java.util.LinkedList<CommitmentStatus> steps = new java.util.LinkedList<>();
        for (CommitmentStatus s = target; s != from; s = previous.get(s)) {
            steps.addFirst(s);
        }
        return steps;
    }

    /** @return whether moving from this status to {@code target} is allowed */
    public boolean canMoveTo(CommitmentStatus target) {
        return next().contains(target);
    }
}
