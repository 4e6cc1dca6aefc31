package fr.levier.shared.audit;

import java.util.function.Supplier;

/**
 * Turns Envers off for the current thread while a bulk writer records the audit trail itself (one revision, rows
 * copied by SQL): Envers would otherwise keep a work unit per record of the transaction in memory until commit.
 * Whoever suspends must write the {@code *_aud} rows and flush every change before resuming (see ADR 007).
 */
public final class AuditSuspension {

    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private AuditSuspension() {}

    /**
     * Runs {@code work} with Envers suspended on this thread.
     *
     * @param work what to run; it records its own audit trail
     * @param <T>  its result
     * @return what {@code work} returned
     */
    public static <T> T during(Supplier<T> work) {
        boolean outer = SUSPENDED.get();
        SUSPENDED.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            SUSPENDED.set(outer);
        }
    }

    /** @return whether Envers is suspended on this thread */
    public static boolean active() {
        return SUSPENDED.get();
    }
}
