package fr.levier.partner.ui;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerKey;
import fr.levier.partner.PartnerPage;
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
 * no count per page, and one count per filter shared by the grid and the total label. The count comes
 * with the first page in name order ({@link PartnerService#firstPage}, one call, one transaction), and
 * that page is kept until the grid asks for it, once. Holds only a few keys (name and id) per session and
 * at most that one page of rows.
 */
final class PartnerPages {

    /** The grid's page size (Vaadin's default): the rows read with the count. */
    static final int FIRST_PAGE = 50;

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
    private List<PartnerSummary> opening;

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
        List<PartnerSummary> rows = offset == 0 && Boolean.FALSE.equals(descending) ? opening(filter, limit) : null;
        if (rows == null) {
            rows = descending != null && (offset == 0 || key != null)
                    ? partners.after(filter, key, descending, limit)
                    : partners.rows(filter, VaadinSpringDataHelpers.toSpringPageRequest(query));
        }
        if (!rows.isEmpty()) {
            keyBefore.put(offset + rows.size(), PartnerKey.of(rows.getLast()));
        }
        return rows.stream();
    }

    /**
     * The first page read with the count, handed over once when it holds what the grid asks for.
     *
     * @return the rows, or {@code null} when the grid must read them
     */
    private List<PartnerSummary> opening(PartnerFilter filter, int limit) {
        List<PartnerSummary> first = opening;
        opening = null;
        if (first == null || !filter.equals(countedFilter) || (first.size() < limit && first.size() < counted)) {
            return null;
        }
        return first.subList(0, Math.min(limit, first.size()));
    }

    /**
     * @return how many partners match, counted once per filter (grid and total label share it), read with
     *     the first page in name order
     */
    long count(PartnerFilter filter) {
        if (!Objects.equals(filter, countedFilter)) {
            PartnerPage first = partners.firstPage(filter, false, FIRST_PAGE);
            counted = first.total();
            opening = first.rows();
            countedFilter = filter;
        }
        return counted;
    }

    /** Forgets the count and the page keys: the next read goes to the database. */
    void forget() {
        opening = null;
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
