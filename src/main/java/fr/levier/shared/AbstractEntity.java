package fr.levier.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.proxy.HibernateProxy;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every editable entity: a sequence-generated id (one sequence per table, so JDBC batching
 * works), an optimistic-locking version, and who/when created and last changed it.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @CreatedBy
    @Column(name = "created_by", length = 100, updatable = false)
    private String createdBy;

    @LastModifiedBy
    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    /** @return the database id, {@code null} before the first save */
    public Long getId() {
        return id;
    }

    /** @return the optimistic-locking version */
    public long getVersion() {
        return version;
    }

    /** @return when the record was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when the record was last changed */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** @return the user name of the creator, {@code system} for automatic work */
    public String getCreatedBy() {
        return createdBy;
    }

    /** @return the user name of the last editor */
    public String getUpdatedBy() {
        return updatedBy;
    }

    /**
     * The one stale-version check: refuses a change made on an out-of-date copy.
     *
     * @param expected the version the user read; {@code null} when the caller did not send one (not checked)
     * @throws StaleRecordException with who saved the fresh version and when
     */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new StaleRecordException(org.hibernate.Hibernate.getClass(this), id, updatedBy, updatedAt);
        }
    }

    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null) {
            return false;
        }
        Class<?> oClass =
                o instanceof HibernateProxy p ? p.getHibernateLazyInitializer().getPersistentClass() : o.getClass();
        Class<?> thisClass = this instanceof HibernateProxy p
                ? p.getHibernateLazyInitializer().getPersistentClass()
                : getClass();
        if (thisClass != oClass) {
            return false;
        }
        Long otherId = ((AbstractEntity) o).getId();
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return this instanceof HibernateProxy p
                ? p.getHibernateLazyInitializer().getPersistentClass().hashCode()
                : getClass().hashCode();
    }
}
