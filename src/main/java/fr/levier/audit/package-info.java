/**
 * Reading the audit trail: the History of a record (who, when, field: old → new, paged over Envers
 * revisions) and the admin's audit log (search by user, kind of record, record, period; CSV export).
 * The revision entity and its listener stay in {@code shared.audit}; each module declares which of its
 * entities may be read with an {@link fr.levier.shared.audit.AuditedEntityType} bean. Open module: its
 * {@code ui} components (History panel) are used by every module's screens.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.levier.audit;
