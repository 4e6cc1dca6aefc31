package fr.levier.shared.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Hibernate Envers revision: when and by whom a set of audited changes was committed. Together
 * with the {@code *_aud} tables it answers "who changed what, when" for personal and financial data.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    @RevisionNumber
    @Column(name = "rev")
    private Long id;

    @RevisionTimestamp
    @Column(name = "revtstmp", nullable = false)
    private long timestamp;

    @Column(name = "username", length = 100, nullable = false)
    private String username;

    @Column(name = "note", length = 500)
    private String note;

    @ElementCollection
    @CollectionTable(name = "revinfo_change", joinColumns = @JoinColumn(name = "rev"))
    private List<AuditChange> changes = new ArrayList<>();

    /** @return the revision number */
    public Long getId() {
        return id;
    }

    /** @return the commit time in epoch milliseconds */
    public long getTimestamp() {
        return timestamp;
    }

    /** @return the user who made the change, {@code system} for automatic work */
    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }

    /** @return why the change was made, when the caller said so (e.g. an erasure's reason), else {@code null} */
    public String getNote() {
        return note;
    }

    /**
     * Notes why the change was made, shown in the audit log: no personal data (kept for years). Set it
     * on the transaction's revision ({@code AuditReader.getCurrentRevision(AuditRevision.class, true)})
     * after the transaction's last {@code EntityManager.clear()}.
     *
     * @param note why, at most 500 characters (longer is cut)
     */
    public void setNote(String note) {
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
    }

    /** @return the records this revision touched */
    public List<AuditChange> getChanges() {
        return changes;
    }

    void addChange(AuditChange change) {
        changes.add(change);
    }
}
