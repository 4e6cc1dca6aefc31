package fr.levier.audit;

import java.time.LocalDate;

/**
 * What an admin looks for in the audit log; every part is optional.
 *
 * @param username   who made the change (exact login)
 * @param entityType the kind of record (simple class name, e.g. {@code Commitment})
 * @param entityId   one record's id
 * @param from       first day (inclusive)
 * @param to         last day (inclusive)
 */
public record AuditLogFilter(String username, String entityType, String entityId, LocalDate from, LocalDate to) {

    /** @return the filter that matches everything */
    public static AuditLogFilter all() {
        return new AuditLogFilter(null, null, null, null, null);
    }
}
