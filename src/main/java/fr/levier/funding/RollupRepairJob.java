package fr.levier.funding;

import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every night, checks the per-project funding rollup against its definition and repairs what drifted
 * (ADR 010 §15): the projects in chunks of {@link FundingRollup#CHUNK}, each chunk in its own short
 * transaction (computed rows compared with the stored ones, the differing projects recomputed). Nothing
 * should ever have drifted; the count logged (no personal data) says whether a writer escaped the marking.
 */
@Component
class RollupRepairJob {

    private static final Logger log = LoggerFactory.getLogger(RollupRepairJob.class);

    private final JdbcClient jdbc;
    private final FundingRollup rollup;
    private final TransactionTemplate tx;

    RollupRepairJob(JdbcClient jdbc, FundingRollup rollup, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${levier.funding.rollup-check-cron:0 40 2 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "funding-rollup-check", lockAtLeastFor = "PT5S", lockAtMostFor = "PT30M")
    void nightly() {
        checkAndRepair();
    }

    /**
     * Checks every project's rollup rows and recomputes those that differ from their definition.
     *
     * @return the number of projects that had drifted (and were repaired)
     */
    int checkAndRepair() {
        long after = Long.MIN_VALUE;
        int checked = 0;
        int drifted = 0;
        while (true) {
            long from = after;
            List<Long> ids = jdbc.sql(
                            "select id from project where id > :after order by id limit " + FundingRollup.CHUNK)
                    .param("after", from)
                    .query(Long.class)
                    .list();
            if (ids.isEmpty()) {
                break;
            }
            Integer n = tx.execute(s -> repairChunk(ids));
            drifted += n == null ? 0 : n;
            checked += ids.size();
            after = ids.getLast();
        }
        // orphans: rows of projects that no longer exist
        Integer orphans = tx.execute(
                s -> jdbc.sql("delete from project_funding_rollup where project_id not in (select id from project)")
                                .update()
                        + jdbc.sql("delete from project_funding_sum where project_id not in (select id from project)")
                                .update());
        log.info(
                "Funding rollup checked: {} projects, {} drifted and repaired, {} orphan rows removed",
                checked,
                drifted,
                orphans);
        return drifted;
    }

    private int repairChunk(List<Long> ids) {
        Set<Long> differing = rollup.driftedProjects(ids);
        if (!differing.isEmpty()) {
            rollup.recompute(differing);
        }
        return differing.size();
    }
}
