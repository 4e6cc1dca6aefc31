package fr.levier.audit;

import fr.levier.shared.audit.AuditRevision;
import fr.levier.shared.audit.AuditedEntityType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of one record (or of the records that belong to an owner, e.g. the
 * allocations of a commitment) a page at a time, newest first, and turns each revision into the
 * fields it changed. A page costs one indexed query for the revisions plus one small query per row
 * for the state before it, whatever the number of revisions.
 */
@Service
public class HistoryService {

    private final Map<String, AuditedEntityType> types;

    @PersistenceContext
    private EntityManager em;

    HistoryService(List<AuditedEntityType> types) {
        this.types = types.stream().collect(Collectors.toMap(AuditedEntityType::name, Function.identity()));
    }

    /** @return the names of the record kinds whose history can be read, for the audit log filter */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        return types.keySet().stream().sorted().toList();
    }

    /**
     * @param entityType the record's kind
     * @param id         the record's id
     * @return how many revisions the record has
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long count(String entityType, long id) {
        return count(entityType, AuditEntity.id().eq(id));
    }

    /**
     * @param entityType    the records' kind
     * @param ownerProperty the property holding the owner's id, e.g. {@code commitmentId}
     * @param ownerId       the owner's id
     * @return how many revisions the owner's records have
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public long countByOwner(String entityType, String ownerProperty, long ownerId) {
        return count(entityType, AuditEntity.property(ownerProperty).eq(ownerId));
    }

    /**
     * A page of a record's history, newest first.
     *
     * @param entityType the record's kind
     * @param id         the record's id
     * @param offset     first revision to return (0 = newest)
     * @param limit      how many
     * @return the revisions with the fields each changed
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> page(String entityType, long id, int offset, int limit) {
        return page(entityType, AuditEntity.id().eq(id), offset, limit);
    }

    /**
     * A page of the history of the records that belong to an owner, newest first.
     *
     * @param entityType    the records' kind
     * @param ownerProperty the property holding the owner's id
     * @param ownerId       the owner's id
     * @param offset        first revision to return
     * @param limit         how many
     * @return the revisions with the fields each changed
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public List<HistoryEntry> pageByOwner(
            String entityType, String ownerProperty, long ownerId, int offset, int limit) {
        return page(entityType, AuditEntity.property(ownerProperty).eq(ownerId), offset, limit);
    }

    /**
     * One revision of one record, for the audit log's detail.
     *
     * @param entityType the record's kind
     * @param id         the record's id
     * @param revision   the revision
     * @return the entry, or {@code null} when that revision did not touch the record
     */
    @PreAuthorize("hasRole('VIEWER')")
    @Transactional(readOnly = true)
    public HistoryEntry entry(String entityType, long id, long revision) {
        AuditedEntityType type = readable(entityType);
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(type.entityClass(), false, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().eq(revision))
                .getResultList();
        return rows.isEmpty() ? null : toEntry(type, (Object[]) rows.get(0));
    }

    private long count(String entityType, org.hibernate.envers.query.criteria.AuditCriterion criterion) {
        AuditedEntityType type = readable(entityType);
        Object n = reader().createQuery()
                .forRevisionsOfEntity(type.entityClass(), false, true)
                .add(criterion)
                .addProjection(AuditEntity.revisionNumber().count())
                .getSingleResult();
        return ((Number) n).longValue();
    }

    private List<HistoryEntry> page(
            String entityType, org.hibernate.envers.query.criteria.AuditCriterion criterion, int offset, int limit) {
        AuditedEntityType type = readable(entityType);
        AuditQuery query = reader().createQuery()
                .forRevisionsOfEntity(type.entityClass(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setFirstResult(Math.max(0, offset))
                .setMaxResults(Math.max(1, Math.min(limit, 200)));
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object row : query.getResultList()) {
            entries.add(toEntry(type, (Object[]) row));
        }
        return entries;
    }

    private HistoryEntry toEntry(AuditedEntityType type, Object[] row) {
        Object entity = row[0];
        AuditRevision revision = (AuditRevision) row[1];
        RevisionType revType = (RevisionType) row[2];
        long id = idOf(entity);
        Object before = revType == RevisionType.ADD ? null : previous(type, id, revision.getId());
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : auditedFields(type)) {
            Object old = before == null ? null : read(field, before);
            Object now = revType == RevisionType.DEL && before != null ? null : read(field, entity);
            if (!Objects.equals(normalise(old), normalise(now))) {
                changes.add(new FieldChange(field.getName(), normalise(old), normalise(now)));
            }
        }
        String kind = revType == RevisionType.ADD ? "ADD" : revType == RevisionType.DEL ? "DEL" : "MOD";
        return new HistoryEntry(
                revision.getId(),
                Instant.ofEpochMilli(revision.getTimestamp()),
                revision.getUsername(),
                type.name(),
                id,
                kind,
                changes);
    }

    private Object previous(AuditedEntityType type, long id, long revision) {
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(type.entityClass(), true, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static Object normalise(Object value) {
        if (value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().scale() < 2 ? d.setScale(2, java.math.RoundingMode.UNNECESSARY) : d;
        }
        if (value instanceof Collection<?> c && c.isEmpty()) {
            return null;
        }
        return value;
    }

    private List<Field> auditedFields(AuditedEntityType type) {
        List<Field> fields = new ArrayList<>();
        for (Field f : type.entityClass().getDeclaredFields()) {
            boolean skip = Modifier.isStatic(f.getModifiers())
                    || Modifier.isTransient(f.getModifiers())
                    || f.isAnnotationPresent(NotAudited.class)
                    || f.isAnnotationPresent(jakarta.persistence.ElementCollection.class)
                    || f.isAnnotationPresent(jakarta.persistence.OneToMany.class)
                    || f.isAnnotationPresent(jakarta.persistence.ManyToMany.class)
                    || type.hiddenFields().contains(f.getName());
            if (!skip) {
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }

    private static Object read(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private long idOf(Object entity) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity)).longValue();
    }

    private AuditedEntityType readable(String entityType) {
        AuditedEntityType type = types.get(entityType);
        if (type == null) {
            throw new IllegalArgumentException("No history for " + entityType);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean allowed = auth != null
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + type.readRole()).equals(a.getAuthority()));
        if (!allowed) {
            throw new AccessDeniedException("History of " + entityType + " needs " + type.readRole());
        }
        return type;
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }
}
