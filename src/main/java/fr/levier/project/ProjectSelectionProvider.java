package fr.levier.project;

import java.util.List;
import java.util.Set;

/**
 * Lets another module offer selections of projects to the project list without the project module
 * depending on it: funding tells which projects a funder finances and which have an overdue
 * deadline. At most one bean is expected.
 */
public interface ProjectSelectionProvider {

    /**
     * A funder offered in the list's filter.
     *
     * @param id   partner id
     * @param name partner name
     */
    record Funder(long id, String name) {}

    /** @return partners that fund at least one project, by name */
    List<Funder> funders();

    /** @return ids of the projects the partner funds */
    Set<Long> fundedBy(long partnerId);

    /** @return ids of the projects funded by a grant whose deadline is overdue */
    Set<Long> atRisk();
}
