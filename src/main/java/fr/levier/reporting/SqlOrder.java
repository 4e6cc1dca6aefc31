package fr.levier.reporting;

import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Turns a page's sort into an SQL {@code order by} through a whitelist of columns. */
final class SqlOrder {

    private SqlOrder() {}

    /**
     * @param pageable  the page asked for
     * @param columns   sortable properties → SQL expressions
     * @param fallback  order when none (or none known) is asked, also the tie-breaker
     * @return {@code order by … limit … offset …}
     */
    static String of(Pageable pageable, Map<String, String> columns, String fallback) {
        String asked = pageable.getSort().stream()
                .filter(o -> columns.containsKey(o.getProperty()))
                .map(o -> columns.get(o.getProperty()) + (o.getDirection() == Sort.Direction.DESC ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        String order = " order by " + (asked.isEmpty() ? fallback : asked + ", " + fallback);
        return pageable.isUnpaged()
                ? order
                : order + " limit " + pageable.getPageSize() + " offset " + pageable.getOffset();
    }
}
