package fr.levier.partner;

import fr.levier.shared.SqlPatterns;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.StringJoiner;

/**
 * A {@link PartnerFilter} turned once into what every partner list query needs: the like patterns, the
 * SIRET prefix, the days as instants of the city's time zone, and the JPQL condition of the criteria
 * actually given. An absent criterion adds nothing to the SQL (no {@code ? is null or …} branch), so
 * the rows, the keyset pages and the count of one filter share one condition and the database plans
 * each query on what really restricts it. {@code null} means "any".
 *
 * @param text          {@code %text%} on the normalised name or town
 * @param siret         {@code digits%} on the SIRET (only with a text made of 3 to 14 digits)
 * @param type          kind of organisation
 * @param status        relationship status
 * @param officer       officer in charge
 * @param tag           {@code %,tag,%} on the comma-framed tags
 * @param member        InvestInRomans membership
 * @param createdFrom   recorded at or after this instant
 * @param createdBefore recorded before this instant
 */
record PartnerCriteria(
        String text,
        String siret,
        PartnerType type,
        RelationshipStatus status,
        String officer,
        String tag,
        Boolean member,
        Instant createdFrom,
        Instant createdBefore) {

    /**
     * @param filter the list filter
     * @param zone   the city's time zone (days of record start at its midnight)
     * @return the criteria
     */
    static PartnerCriteria of(PartnerFilter filter, ZoneId zone) {
        return new PartnerCriteria(
                SqlPatterns.contains(NameNormalizer.simplify(filter.text())),
                siretPrefix(filter.text()),
                filter.type(),
                filter.status(),
                blank(filter.officerUsername()),
                tagLike(filter.tag()),
                filter.investInRomans(),
                startOf(filter.createdFrom(), zone),
                filter.createdTo() == null ? null : startOf(filter.createdTo().plusDays(1), zone));
    }

    /** @return the JPQL condition on the alias {@code p}, empty when no criterion is given */
    String condition() {
        StringJoiner and = new StringJoiner(" and ");
        if (text != null) {
            and.add(
                    siret == null
                            ? "(p.normalizedName like :text or p.normalizedTown like :text)"
                            : "(p.normalizedName like :text or p.normalizedTown like :text or p.siret like :siret)");
        }
        if (type != null) {
            and.add("p.type = :type");
        }
        if (status != null) {
            and.add("p.status = :status");
        }
        if (officer != null) {
            and.add("p.officerUsername = :officer");
        }
        if (tag != null) {
            and.add("concat(',', p.tags, ',') like :tag");
        }
        if (member != null) {
            and.add("p.investInRomans = :member");
        }
        if (createdFrom != null) {
            and.add("p.createdAt >= :createdFrom");
        }
        if (createdBefore != null) {
            and.add("p.createdAt < :createdBefore");
        }
        return and.toString();
    }

    /** @return {@code " where <condition>"}, or nothing when no criterion is given */
    String where() {
        String condition = condition();
        return condition.isEmpty() ? "" : " where " + condition;
    }

    /** Binds the parameters {@link #condition()} names. */
    void bind(Query query) {
        if (text != null) {
            query.setParameter("text", text);
            if (siret != null) {
                query.setParameter("siret", siret);
            }
        }
        set(query, "type", type);
        set(query, "status", status);
        set(query, "officer", officer);
        set(query, "tag", tag);
        set(query, "member", member);
        set(query, "createdFrom", createdFrom);
        set(query, "createdBefore", createdBefore);
    }

    private static void set(Query query, String name, Object value) {
        if (value != null) {
            query.setParameter(name, value);
        }
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static String siretPrefix(String text) {
        String s = SiretRules.clean(text);
        return s != null && s.matches("\\d{3,14}") ? s + "%" : null;
    }

    static String tagLike(String tag) {
        String t = PartnerTags.normalize(tag);
        return t == null ? null : "%," + t + ",%";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
