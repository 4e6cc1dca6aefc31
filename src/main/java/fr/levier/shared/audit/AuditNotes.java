package fr.levier.shared.audit;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;

/**
 * Attaches a note (why) to the audit revision of the current transaction, shown in the audit log next
 * to who and when. The note must hold no personal data: the audit log is kept for years.
 */
public final class AuditNotes {

    private AuditNotes() {}

    /**
     * Call it after the last {@code EntityManager.clear()} of the transaction (the revision becomes
     * managed here and is written at commit with the audited changes).
     *
     * @param em   the transaction's entity manager
     * @param note why, without personal data
     */
    public static void attach(EntityManager em, String note) {
        AuditRevision revision = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true);
        revision.setNote(note);
    }
}
