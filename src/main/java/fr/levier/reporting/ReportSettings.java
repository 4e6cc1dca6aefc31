package fr.levier.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The city's reporting settings: one row (id 1). */
@Entity
@Table(name = "report_settings")
class ReportSettings {

    static final long ID = 1L;

    @Id
    private Long id;

    @Version
    private long version;

    @Column(name = "viewers_allowed", nullable = false)
    private boolean viewersAllowed = true;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    protected ReportSettings() {}

    boolean isViewersAllowed() {
        return viewersAllowed;
    }

    void setViewersAllowed(boolean allowed, String by, Instant at) {
        this.viewersAllowed = allowed;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
