package fr.levier.reporting;

/**
 * A column of a report as shown on screen.
 *
 * @param key     the column's key (also the JSON field)
 * @param header  its translated header
 * @param numeric  right-aligned (money, ratios, counts)
 * @param sortable whether lines can be sorted on it (the API's {@code sort} and the grid's headers)
 */
public record ReportColumn(String key, String header, boolean numeric, boolean sortable) {}
