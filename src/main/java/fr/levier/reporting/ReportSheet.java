package fr.levier.reporting;

import java.util.List;
import java.util.function.Consumer;

/**
 * A report ready to be written: what the header of a document says, the columns, the lines (fed page by
 * page) and the totals line.
 *
 * @param title     the report's title
 * @param cityName  the city, from its identity
 * @param logoPng   the city's logo, may be {@code null}
 * @param filters   the filters in words
 * @param generated "Généré le …"
 * @param headers   column headers
 * @param types     column types
 * @param lines     feeds every line, page by page
 * @param totals    the totals line
 */
record ReportSheet(
        String title,
        String cityName,
        byte[] logoPng,
        String filters,
        String generated,
        String totalLabel,
        List<String> headers,
        List<ReportLayout.Type> types,
        Consumer<Consumer<List<Object>>> lines,
        List<Object> totals) {}
