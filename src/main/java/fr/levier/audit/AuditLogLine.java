package fr.levier.audit;

import java.time.Instant;

/**
 * One line of the audit log: one record touched by one revision.
 *
 * @param revision   revision number
 * @param at         when
 * @param username   who
 * @param entityType kind of record
 * @param entityId   record id
 * @param kind       {@code ADD}, {@code MOD} or {@code DEL}
 * @param note       why, when the change said so (e.g. an erasure's reason), else {@code null}
 */
public record AuditLogLine(
        long revision, Instant at, String username, String entityType, String entityId, String kind, String note) {

    /** JPQL constructor: the revision time as stored (epoch milliseconds). */
    public AuditLogLine(
            long revision, long at, String username, String entityType, String entityId, String kind, String note) {
        this(revision, Instant.ofEpochMilli(at), username, entityType, entityId, kind, note);
    }
}
