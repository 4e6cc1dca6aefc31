package fr.levier.shared.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One record touched by a revision: which kind of record, its id, and whether it was added, modified
 * or deleted. Written by {@link AuditRevisionListener}; it is what makes the whole audit log
 * searchable by entity without scanning every {@code *_aud} table.
 */
@Embeddable
public class AuditChange {

    @Column(name = "entity_type", length = 60, nullable = false)
    private String entityType;

    @Column(name = "entity_id", length = 40, nullable = false)
    private String entityId;

    @Column(name = "change_kind", length = 3, nullable = false)
    private String kind;

    protected AuditChange() {}

    AuditChange(String entityType, String entityId, String kind) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.kind = kind;
    }

    /** @return the audited entity's simple class name, e.g. {@code Partner} */
    public String getEntityType() {
        return entityType;
    }

    /** @return the record's id */
    public String getEntityId() {
        return entityId;
    }

    /** @return {@code ADD}, {@code MOD} or {@code DEL} */
    public String getKind() {
        return kind;
    }
}
