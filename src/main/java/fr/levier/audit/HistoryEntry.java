package fr.levier.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of one record, in plain words: who, when, what kind of change, which fields.
 *
 * @param revision   the revision number
 * @param at         when it was committed
 * @param username   who committed it ({@code system} for automatic work)
 * @param entityType the record's kind (simple class name)
 * @param entityId   the record's id
 * @param kind       {@code ADD}, {@code MOD} or {@code DEL}
 * @param changes    the fields whose value changed (all non-empty fields for a creation)
 */
public record HistoryEntry(
        long revision,
        Instant at,
        String username,
        String entityType,
        long entityId,
        String kind,
        List<FieldChange> changes) {}
