package fr.levier.partner;

import java.util.List;

/**
 * The first rows of a partner list and how many partners match in all, read together: what a grid
 * needs to open (its first page and its size) from one service call.
 *
 * @param rows  the first rows, in the order asked
 * @param total how many partners match the filter
 */
public record PartnerPage(List<PartnerSummary> rows, long total) {

    /** Keeps an unmodifiable copy of the rows. */
    public PartnerPage {
        rows = List.copyOf(rows);
    }
}
