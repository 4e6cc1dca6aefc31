package fr.levier.partner.importing;

import fr.levier.partner.Contact;
import fr.levier.partner.NameNormalizer;
import fr.levier.partner.SiretRules;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Before apply writes the dry run's plan as it is, checks in bulk (a few queries by the thousand, not a second
 * planning pass) that the database has not changed under it in a way the plan did not foresee:
 *
 * <ul>
 *   <li>a partner or contact the plan updates or links to was deleted, or its version changed since the dry run
 *       read it (its draft would overwrite someone's change);
 *   <li>a partner the plan creates now exists: same SIRET, or, without SIRET, same normalised name and town;
 *   <li>a contact the plan creates now exists (same e-mail, main or second).
 * </ul>
 *
 * @return the affected lines with the message key of their reason, by line number; empty when the plan holds
 */
final class PlanCheck {

    private static final int SLICE = 1000;

    private PlanCheck() {}

    static Map<Integer, String> affected(Connection c, ImportJob job) throws SQLException {
        Map<Integer, String> affected = new TreeMap<>();
        Map<Long, List<Integer>> partners = new HashMap<>();
        Map<Long, List<Integer>> contacts = new HashMap<>();
        Map<Long, List<Integer>> linkedPartners = new HashMap<>();
        Map<String, List<Integer>> sirets = new HashMap<>();
        Map<String, List<Integer>> names = new HashMap<>();
        Map<String, List<Integer>> emails = new HashMap<>();
        for (PlannedLine l : job.plan) {
            if (l.outcome() != ImportOutcome.CREATE && l.outcome() != ImportOutcome.UPDATE) {
                continue;
            }
            boolean create = l.outcome() == ImportOutcome.CREATE;
            if (job.target == ImportTarget.PARTNERS) {
                if (!create) {
                    add(partners, l.existingId(), l.line());
                } else if (SiretRules.clean(l.partnerDraft().siret()) != null) {
                    add(sirets, SiretRules.clean(l.partnerDraft().siret()), l.line());
                } else {
                    add(names, nameKey(l.partnerDraft().name(), l.partnerDraft().town()), l.line());
                }
                if (l.contactDraft() != null && l.contactId() != null) {
                    add(contacts, l.contactId(), l.line());
                } else if (l.contactDraft() != null) {
                    add(emails, Contact.emailKey(l.contactDraft().email()), l.line());
                }
            } else {
                if (!create) {
                    add(contacts, l.existingId(), l.line());
                } else {
                    add(emails, Contact.emailKey(l.contactDraft().email()), l.line());
                }
                add(linkedPartners, l.partnerId(), l.line());
            }
        }
        Map<Long, Long> partnerVersions = versions(c, "partner", partners.keySet());
        partners.forEach((id, lines) -> {
            if (!partnerVersions.containsKey(id) || !partnerVersions.get(id).equals(job.partnerVersions.get(id))) {
                lines.forEach(n -> affected.put(n, "import.warning.changedRecord"));
            }
        });
        Map<Long, Long> contactVersions = versions(c, "contact", contacts.keySet());
        contacts.forEach((id, lines) -> {
            if (!contactVersions.containsKey(id) || !contactVersions.get(id).equals(job.contactVersions.get(id))) {
                lines.forEach(n -> affected.put(n, "import.warning.changedRecord"));
            }
        });
        Set<Long> stillThere = versions(c, "partner", linkedPartners.keySet()).keySet();
        linkedPartners.forEach((id, lines) -> {
            if (!stillThere.contains(id)) {
                lines.forEach(n -> affected.put(n, "import.warning.changedRecord"));
            }
        });
        Set<String> found = new HashSet<>(values(c, "select siret from partner where siret in (%s)", sirets.keySet()));
        for (String[] r : pairs(
                c,
                "select normalized_name, normalized_town from partner where normalized_name in (%s)",
                names.keySet().stream()
                        .map(k -> k.substring(k.indexOf('|') + 1))
                        .toList())) {
            found.add(nameKeyOfNormalised(r[0], r[1]));
        }
        found.addAll(values(c, "select email from contact where email in (%s)", emails.keySet()));
        if (!emails.isEmpty()) {
            // e-mail 2 has no index: one pass over the contacts that have one, rather than one per slice
            try (PreparedStatement ps = c.prepareStatement("select email2 from contact where email2 is not null");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String e = Contact.emailKey(rs.getString(1));
                    if (emails.containsKey(e)) {
                        found.add(e);
                    }
                }
            }
        }
        for (Map<String, List<Integer>> created : List.of(sirets, names, emails)) {
            created.forEach((key, lines) -> {
                if (found.contains(key)) {
                    lines.forEach(n -> affected.putIfAbsent(n, "import.warning.createdSince"));
                }
            });
        }
        return affected;
    }

    private static <K> void add(Map<K, List<Integer>> m, K key, int line) {
        if (key != null) {
            m.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
    }

    /** The key the dry run's "same name and town" check uses. */
    private static String nameKey(String name, String town) {
        return nameKeyOfNormalised(
                NameNormalizer.organisation(name),
                town == null || town.isBlank() ? null : NameNormalizer.simplify(town));
    }

    private static String nameKeyOfNormalised(String normalizedName, String normalizedTown) {
        return (normalizedTown == null ? "" : normalizedTown) + "|" + normalizedName;
    }

    private static Map<Long, Long> versions(Connection c, String table, Collection<Long> ids) throws SQLException {
        Map<Long, Long> versions = new HashMap<>();
        for (List<Object> slice : slices(ids)) {
            try (PreparedStatement ps = prepare(c, "select id, version from " + table + " where id in (%s)", slice);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return versions;
    }

    private static List<String> values(Connection c, String sql, Collection<String> keys) throws SQLException {
        List<String> found = new ArrayList<>();
        for (String[] r : pairs(c, sql, keys)) {
            found.add(r[0]);
        }
        return found;
    }

    /** Runs {@code sql} (one {@code %s} for the keys) by slices; each row's first columns as text. */
    private static List<String[]> pairs(Connection c, String sql, Collection<String> keys) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        for (List<Object> slice : slices(new HashSet<>(keys))) {
            try (PreparedStatement ps = prepare(c, sql, slice);
                    ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] r = new String[n];
                    for (int i = 0; i < n; i++) {
                        r[i] = rs.getString(i + 1);
                    }
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    private static List<List<Object>> slices(Collection<?> keys) {
        List<Object> all = new ArrayList<>(keys);
        List<List<Object>> slices = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SLICE) {
            slices.add(all.subList(from, Math.min(all.size(), from + SLICE)));
        }
        return slices;
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> slice) throws SQLException {
        PreparedStatement ps = c.prepareStatement(
                String.format(java.util.Locale.ROOT, sql, String.join(",", Collections.nCopies(slice.size(), "?"))));
        for (int i = 0; i < slice.size(); i++) {
            ps.setObject(i + 1, slice.get(i));
        }
        return ps;
    }
}
