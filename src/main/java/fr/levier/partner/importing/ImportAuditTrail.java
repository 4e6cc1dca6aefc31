package fr.levier.partner.importing;

import fr.levier.shared.audit.AuditRevision;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;

/**
 * The audit trail of one import, written in bulk while Envers is suspended: ONE revision (the importing user's)
 * for the whole import, and after each flushed chunk the chunk's records copied from their tables into the
 * {@code *_aud} tables by {@code INSERT … SELECT} (the audited columns are those of the audit table), with their
 * {@code revinfo_change} lines. The history, the audit log and the erasure read these rows as if Envers had
 * written them. A record touched again by a later chunk has its audit row written again (same revision, same
 * kind), as Envers keeps one row per record and revision.
 */
final class ImportAuditTrail {

    /** An audited table the import writes, with the entity name the audit log shows. */
    enum Audited {
        PARTNER("partner", "Partner"),
        CONTACT("contact", "Contact"),
        AFFILIATION("affiliation", "Affiliation");

        final String table;
        final String entity;

        Audited(String table, String entity) {
            this.table = table;
            this.entity = entity;
        }
    }

    private static final Map<Audited, String> COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();

    private final EntityManager em;
    private final long revision;
    private final Map<Audited, Map<Long, Boolean>> chunk = new HashMap<>();
    private final Map<Audited, Set<Long>> added = new HashMap<>();
    private final Map<Audited, Set<Long>> modified = new HashMap<>();
    /** revinfo_change lines of the chunk: entity name, id, kind. */
    private final List<Object[]> pendingChanges = new ArrayList<>();

    /** Opens the import's revision (stamped with the current user by the revision listener) and writes it. */
    ImportAuditTrail(EntityManager em) {
        this.em = em;
        AuditRevision rev = AuditReaderFactory.get(em).getCurrentRevision(AuditRevision.class, true);
        em.flush();
        this.revision = rev.getId();
        for (Audited a : Audited.values()) {
            chunk.put(a, new java.util.LinkedHashMap<>());
            added.put(a, new HashSet<>());
            modified.put(a, new HashSet<>());
        }
    }

    /** @return the revision number of the import */
    long revision() {
        return revision;
    }

    /**
     * Notes a record written by the current chunk.
     *
     * @param what  its table
     * @param id    its id
     * @param isNew created by the import (ADD), else changed (MOD)
     */
    void touched(Audited what, Long id, boolean isNew) {
        chunk.get(what).merge(id, isNew, (a, b) -> a || b);
    }

    /** Writes the audit rows of the chunk just flushed; call before {@code EntityManager.clear()}. */
    void writeChunk() {
        em.unwrap(Session.class).doWork(connection -> {
            for (Audited a : Audited.values()) {
                Map<Long, Boolean> ids = chunk.get(a);
                if (!ids.isEmpty()) {
                    write(connection, a, ids);
                    ids.clear();
                }
            }
        });
    }

    private void write(Connection c, Audited a, Map<Long, Boolean> ids) throws SQLException {
        String columns = COLUMNS.computeIfAbsent(a, k -> auditedColumns(c, k));
        Set<Long> seenAdd = added.get(a);
        Set<Long> seenMod = modified.get(a);
        List<Long> again = new ArrayList<>();
        List<Long> adds = new ArrayList<>();
        List<Long> mods = new ArrayList<>();
        ids.forEach((id, isNew) -> {
            if (seenAdd.contains(id)) {
                again.add(id);
                adds.add(id);
            } else if (seenMod.contains(id)) {
                again.add(id);
                mods.add(id);
            } else {
                (isNew ? adds : mods).add(id);
                pendingChanges.add(new Object[] {a.entity, id, isNew ? "ADD" : "MOD"});
                (isNew ? seenAdd : seenMod).add(id);
            }
        });
        flushChanges(c);
        if (!again.isEmpty()) {
            run(c, "delete from " + a.table + "_aud where rev = ? and id in (%s)", again, -1, null);
        }
        String copy = "insert into " + a.table + "_aud (id, rev, revtype, " + columns + ") select id, ?, ?, " + columns
                + " from " + a.table + " where id in (%s)";
        run(c, copy, adds, 0, a);
        run(c, copy, mods, 1, a);
    }

    private void flushChanges(Connection c) throws SQLException {
        if (pendingChanges.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into revinfo_change (rev, entity_type, entity_id, change_kind) values (?, ?, ?, ?)")) {
            for (Object[] p : pendingChanges) {
                ps.setLong(1, revision);
                ps.setString(2, (String) p[0]);
                ps.setString(3, String.valueOf(p[1]));
                ps.setString(4, (String) p[2]);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        pendingChanges.clear();
    }

    /** Runs {@code sql} (with one {@code %s} for the ids) by slices of 500 ids. */
    private void run(Connection c, String sql, List<Long> ids, int revtype, Audited a) throws SQLException {
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
            try (PreparedStatement ps = c.prepareStatement(String.format(Locale.ROOT, sql, marks))) {
                int i = 1;
                ps.setLong(i++, revision);
                if (revtype >= 0) {
                    ps.setInt(i++, revtype);
                }
                for (Long id : slice) {
                    ps.setLong(i++, id);
                }
                int written = ps.executeUpdate();
                if (a != null && written != slice.size()) {
                    throw new IllegalStateException(
                            "audit of " + a.table + ": " + written + " rows copied for " + slice.size() + " records");
                }
            }
        }
    }

    /** The audit table's columns but the revision's own, all of which the audited table has as well. */
    private static String auditedColumns(Connection c, Audited a) {
        try {
            Set<String> audit = columns(c, a.table + "_aud");
            Set<String> base = columns(c, a.table);
            audit.removeAll(Set.of("id", "rev", "revtype"));
            if (audit.isEmpty() || !base.containsAll(audit)) {
                throw new IllegalStateException("audit table " + a.table + "_aud does not mirror " + a.table);
            }
            return String.join(", ", audit);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> columns(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> names = new LinkedHashSet<>();
        for (String t : List.of(table, table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), t, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return names;
    }
}
