package fr.levier.funding;

/**
 * For tests, benchmarks and the bench generator that write commitments, allocations or money totals with
 * plain SQL (behind funding's writers): the SQL that fills funding's per-project rollup as funding does
 * (ADR 010 §15).
 */
public final class FundingRollupSql {

    private FundingRollupSql() {}

    /**
     * @param allocationCondition extra condition on the allocations (alias {@code a}), e.g. {@code and
     *                            a.project_id >= ?}, or empty for all
     * @return the {@code insert … select} of the rollup rows of those allocations' projects
     */
    public static String insert(String allocationCondition) {
        return RollupSql.insert(allocationCondition);
    }

    /**
     * @param rollupCondition extra condition on the rollup rows (alias {@code r}), e.g. {@code and
     *                        r.project_id >= ?}, or empty for all
     * @return the {@code insert … select} of the per-project sums of those rollup rows
     */
    public static String insertProjectSums(String rollupCondition) {
        return RollupSql.insertProjectSums(rollupCondition);
    }

    /** Recomputes the rollup rows (and per-project sums) of the projects whose id is at least {@code fromProjectId}. */
    public static void refreshProjectsFrom(org.springframework.jdbc.core.JdbcTemplate jdbc, long fromProjectId) {
        jdbc.update("delete from project_funding_rollup where project_id >= ?", fromProjectId);
        jdbc.update(insert("and a.project_id >= ?"), fromProjectId);
        jdbc.update("delete from project_funding_sum where project_id >= ?", fromProjectId);
        jdbc.update(insertProjectSums("and r.project_id >= ?"), fromProjectId);
    }

    /** Recomputes the rollup rows (and per-project sums) of the given projects. */
    public static void refreshProjects(org.springframework.jdbc.core.JdbcTemplate jdbc, long... projectIds) {
        for (long id : projectIds) {
            jdbc.update("delete from project_funding_rollup where project_id = ?", id);
            jdbc.update(insert("and a.project_id = ?"), id);
            jdbc.update("delete from project_funding_sum where project_id = ?", id);
            jdbc.update(insertProjectSums("and r.project_id = ?"), id);
        }
    }
}
