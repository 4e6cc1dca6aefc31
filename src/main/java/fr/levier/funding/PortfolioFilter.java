package fr.levier.funding;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which money the portfolio figures count: commitments awarded (decided) between two dates, allocated to
 * a set of projects. Every part is optional; an empty filter is the whole portfolio.
 *
 * @param awardedFrom first decision date counted, {@code null} for no lower bound
 * @param awardedTo   last decision date counted, {@code null} for no upper bound
 * @param projectIds  the projects counted, empty or {@code null} for all
 */
@Schema(name = "PortfolioFilter")
public record PortfolioFilter(LocalDate awardedFrom, LocalDate awardedTo, Set<Long> projectIds) {

    /** The whole portfolio. */
    public static final PortfolioFilter ALL = new PortfolioFilter(null, null, null);

    /** @return a filter on a period */
    public static PortfolioFilter period(LocalDate from, LocalDate to) {
        return new PortfolioFilter(from, to, null);
    }

    /** @return this filter on those projects */
    public PortfolioFilter projects(Set<Long> ids) {
        return new PortfolioFilter(awardedFrom, awardedTo, ids);
    }

    boolean allProjects() {
        return projectIds == null || projectIds.isEmpty();
    }

    /** @return the ids for the query (a placeholder when all, as an empty IN list is not portable) */
    Set<Long> idsForQuery() {
        return allProjects() ? Set.of(-1L) : projectIds;
    }
}
