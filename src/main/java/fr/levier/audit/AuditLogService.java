package fr.levier.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole audit log, searchable by user, kind of record, record and period, newest first, and
 * exportable as CSV. Admin only: it names who changed what across the whole application.
 */
@Service
public class AuditLogService {

    /** The most lines one export writes; narrow the filter for more. */
    public static final int EXPORT_LIMIT = 100_000;

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @PersistenceContext
    private EntityManager em;

    /**
     * @param filter   what to look for
     * @param pageable page (sorting is always newest first)
     * @return a page of lines
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditLogLine> search(AuditLogFilter filter, Pageable pageable) {
        List<AuditLogLine> lines = query(
                        filter,
                        "new fr.levier.audit.AuditLogLine("
                                + "r.id, r.timestamp, r.username, c.entityType, c.entityId, c.kind, r.note)",
                        AuditLogLine.class,
                        true)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        return new PageImpl<>(lines, pageable, count(filter));
    }

    /**
     * @param filter what to look for
     * @return how many lines match
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditLogFilter filter) {
        return query(filter, "count(c)", Long.class, false).getSingleResult();
    }

    /**
     * Writes the matching lines as CSV (semicolon-separated, French dates, Paris time), newest first,
     * at most {@link #EXPORT_LIMIT} lines.
     *
     * @param filter what to export
     * @param out    where to write
     * @return how many lines were written
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int exportCsv(AuditLogFilter filter, Writer out) {
        try {
            out.write("revision;date;utilisateur;type;identifiant;operation;motif\r\n");
            int written = 0;
            int pageSize = 1000;
            while (written < EXPORT_LIMIT) {
                List<AuditLogLine> lines = query(
                                filter,
                                "new fr.levier.audit.AuditLogLine("
                                        + "r.id, r.timestamp, r.username, c.entityType, c.entityId, c.kind, r.note)",
                                AuditLogLine.class,
                                true)
                        .setFirstResult(written)
                        .setMaxResults(pageSize)
                        .getResultList();
                for (AuditLogLine l : lines) {
                    out.write(l.revision() + ";" + WHEN.format(l.at().atZone(PARIS)) + ";" + csv(l.username()) + ";"
                            + l.entityType() + ";" + l.entityId() + ";" + l.kind() + ";" + csv(l.note()) + "\r\n");
                }
                written += lines.size();
                em.clear();
                if (lines.size() < pageSize) {
                    break;
                }
            }
            out.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        String v = value == null ? "" : value;
        // neutralise spreadsheet formulas and quote separators
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private <T> TypedQuery<T> query(AuditLogFilter f, String select, Class<T> type, boolean ordered) {
        StringBuilder jpql =
                new StringBuilder("select " + select + " from AuditRevision r join r.changes c where 1 = 1");
        if (f.username() != null && !f.username().isBlank()) {
            jpql.append(" and r.username = :username");
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            jpql.append(" and c.entityType = :entityType");
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            jpql.append(" and c.entityId = :entityId");
        }
        if (f.from() != null) {
            jpql.append(" and r.timestamp >= :from");
        }
        if (f.to() != null) {
            jpql.append(" and r.timestamp < :to");
        }
        if (ordered) {
            jpql.append(" order by r.id desc, c.entityType, c.entityId");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type);
        if (f.username() != null && !f.username().isBlank()) {
            q.setParameter("username", f.username().trim());
        }
        if (f.entityType() != null && !f.entityType().isBlank()) {
            q.setParameter("entityType", f.entityType());
        }
        if (f.entityId() != null && !f.entityId().isBlank()) {
            q.setParameter("entityId", f.entityId().trim());
        }
        if (f.from() != null) {
            q.setParameter("from", f.from().atStartOfDay(PARIS).toInstant().toEpochMilli());
        }
        if (f.to() != null) {
            q.setParameter(
                    "to", f.to().plusDays(1).atStartOfDay(PARIS).toInstant().toEpochMilli());
        }
        return q;
    }
}
