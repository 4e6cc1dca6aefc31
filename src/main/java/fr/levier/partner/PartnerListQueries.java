package fr.levier.partner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The partner list's queries (rows by offset, keyset pages in name order, count), each built from one
 * {@link PartnerCriteria}: the condition is written once and only holds the criteria given. Hibernate
 * keeps the plan of each query text it has seen, so the few shapes of the list are translated once.
 */
@Component
class PartnerListQueries {

    /** What a list line reads: the columns of {@link PartnerSummary}, nothing else. */
    static final String SUMMARY = PartnerRepository.SUMMARY + " from Partner p";

    /** The properties a list may be sorted by: those of its lines (the API checks the same names). */
    static final Set<String> SORTABLE = Arrays.stream(PartnerSummary.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    private final EntityManager em;

    PartnerListQueries(EntityManager em) {
        this.em = em;
    }

    /**
     * @param c      the criteria
     * @param sort   by line properties, unsorted meaning by id; the id is added last, so pages never overlap
     * @param offset rows skipped
     * @param limit  most rows
     * @return the rows
     */
    List<PartnerSummary> rows(PartnerCriteria c, Sort sort, long offset, int limit) {
        TypedQuery<PartnerSummary> q = em.createQuery(SUMMARY + c.where() + orderBy(sort), PartnerSummary.class);
        c.bind(q);
        if (offset > 0) {
            q.setFirstResult(Math.toIntExact(offset));
        }
        return q.setMaxResults(limit).getResultList();
    }

    /**
     * Keyset page in name order: the rows after (or, descending, before) {@code (name, id)}, read by a
     * range on {@code ix_partner_name} (the primary key is part of it) instead of skipping rows.
     *
     * @param c          the criteria
     * @param key        the last row of the previous page
     * @param descending Z to A
     * @param limit      most rows
     * @return the rows, in (name, id) order
     */
    List<PartnerSummary> seek(PartnerCriteria c, PartnerKey key, boolean descending, int limit) {
        String condition = c.condition();
        String seek = descending
                ? "(p.name < :name or (p.name = :name and p.id < :id))"
                : "(p.name > :name or (p.name = :name and p.id > :id))";
        String order = descending ? " order by p.name desc, p.id desc" : " order by p.name, p.id";
        TypedQuery<PartnerSummary> q = em.createQuery(
                SUMMARY + " where " + (condition.isEmpty() ? "" : condition + " and ") + seek + order,
                PartnerSummary.class);
        c.bind(q);
        return q.setParameter("name", key.name())
                .setParameter("id", key.id())
                .setMaxResults(limit)
                .getResultList();
    }

    /** @return how many partners match */
    long count(PartnerCriteria c) {
        TypedQuery<Long> q = em.createQuery("select count(p) from Partner p" + c.where(), Long.class);
        c.bind(q);
        return q.getSingleResult();
    }

    /** @return the {@code order by} of a sort on line properties, then by id (by id alone when unsorted) */
    static String orderBy(Sort sort) {
        StringBuilder order = new StringBuilder();
        boolean byId = false;
        for (Sort.Order o : sort) {
            if (!SORTABLE.contains(o.getProperty())) {
                throw new IllegalArgumentException("partners cannot be sorted by " + o.getProperty());
            }
            order.append(order.isEmpty() ? " order by " : ", ")
                    .append("p.")
                    .append(o.getProperty())
                    .append(o.isDescending() ? " desc" : "");
            byId |= o.getProperty().equals("id");
        }
        if (byId) {
            return order.toString();
        }
        return order.isEmpty() ? " order by p.id" : order.append(", p.id").toString();
    }
}
