package fr.levier.reporting;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A report laid out as a table: its columns, a page of lines and its totals line. Screens, exports and
 * the API all render this one layout, so they show the same cells.
 *
 * @param <T> the line record
 */
interface ReportLayout<T> {

    /** What a cell holds, which decides its format (euros, dates…). */
    enum Type {
        TEXT,
        MONEY,
        DATE,
        RATIO,
        INTEGER
    }

    /** A value to translate (enum labels, yes/no flags). */
    record Label(String key) {}

    /**
     * A column.
     *
     * @param key   the JSON field and the i18n key suffix ({@code report.column.<key>})
     * @param type  its type
     * @param value the cell of a line: String, BigDecimal, LocalDate, Long or {@link Label}
     * @param <T>   the line record
     */
    record Column<T>(String key, Type type, Function<T, Object> value) {}

    ReportName name();

    List<Column<T>> columns();

    /** @return the column keys a page may be sorted on (server side, whitelisted) */
    java.util.Set<String> sortable();

    Page<T> page(ReportFilter filter, Pageable pageable);

    /**
     * Feeds every line in the default order, for the exports: streamed from one query where the report can
     * be (a cursor, never a list of all lines), else page by page.
     */
    void forEach(ReportFilter filter, java.util.function.Consumer<T> sink);

    /** @return the totals line, one value per column ({@code null} where nothing is totalled) */
    List<Object> totals(ReportFilter filter);
}
