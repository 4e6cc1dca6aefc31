package fr.levier.partner.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerKey;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;

/**
 * The partner grid's lazy data: pages read by keyset when the grid scrolls on in name order (the key of
 * the last row of a page starts the next one), by offset only when it jumps or sorts on another column;
 * no count per page, and one count per filter shared by the grid and the total label. Holds only a few
 * keys (name and id) per session, never rows.
 */
final class PartnerPages {

    /** Page boundaries remembered per filter: a grid scrolled over 200 pages of 50 is 10 000 rows. */
    private static final int KEPT_KEYS = 200;

    private final PartnerService partners;
    private final Map<Integer, PartnerKey> keyBefore = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, PartnerKey> eldest) {
            return size() > KEPT_KEYS;
        }
    };
    private Object keysOf;
    private PartnerFilter countedFilter;
    private long counted;

    PartnerPages(PartnerService partners) {
        this.partners = partners;
    }

    /** @return the rows the grid asks for */
    Stream<PartnerSummary> fetch(PartnerFilter filter, Query<PartnerSummary, ?> query) {
        Sort sort = VaadinSpringDataHelpers.toSpringDataSort(query);
        List<Object> signature = List.of(filter, sort);
        if (!signature.equals(keysOf)) {
            keyBefore.clear();
            keysOf = signature;
        }
        int offset = query.getOffset();
        int limit = query.getLimit();
        Boolean descending = nameOrder(sort);
        PartnerKey key = offset == 0 ? null : keyBefore.get(offset);
        List<PartnerSummary> rows = descending != null && (offset == 0 || key != null)
                ? partners.after(filter, key, descending, limit)
                : partners.rows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
        if (!rows.isEmpty()) {
            keyBefore.put(offset + rows.size(), PartnerKey.of(rows.getLast()));
        }
        return rows.stream();
    }

    /** @return how many partners match, counted once per filter (grid and total label share it) */
    long count(PartnerFilter filter) {
        if (!Objects.equals(filter, countedFilter)) {
            counted = partners.count(filter);
            countedFilter = filter;
        }
        return counted;
    }

    /** Forgets the count and the page keys: the next read goes to the database. */
    void forget() {
        countedFilter = null;
        keysOf = null;
        keyBefore.clear();
    }

    /** @return {@code false} for A to Z, {@code true} for Z to A, {@code null} when sorted on anything else */
    private static Boolean nameOrder(Sort sort) {
        if (sort.isUnsorted()) {
            return false;
        }
        List<Sort.Order> orders = sort.toList();
        if (orders.size() == 1 && orders.getFirst().getProperty().equals("name")) {
            return orders.getFirst().isDescending();
        }
        return null;
    }
}
