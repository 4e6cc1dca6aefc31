package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-project funding rollup (ADR 010 §15) seen from funding: the nightly check repairs a corrupted
 * row, and the portfolio figures read from the rollup equal those summed from every allocation.
 */
@IntegrationTest
class FundingRollupJobAndPortfolioTest {

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    FundingRollup rollup;

    @Autowired
    RollupRepairJob job;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    JdbcTemplate jdbc;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    @Test
    void theNightlyCheckRepairsACorruptedRow() {
        long p1 = s.p1().id();
        BigDecimal awarded = awardedOf(p1);
        jdbc.update(
                "update project_funding_rollup set awarded = awarded + 1, line_count = line_count + 1"
                        + " where project_id = ? and partner_type = 'REGION'",
                p1);
        assertThat(awardedOf(p1)).isEqualByComparingTo(awarded.add(BigDecimal.ONE));
        assertThat(rollup.driftedProjects(List.of(p1, s.p2().id()))).containsExactly(p1);

        int drifted = job.checkAndRepair();

        assertThat(drifted).isGreaterThanOrEqualTo(1);
        assertThat(awardedOf(p1)).isEqualByComparingTo(awarded);
        assertThat(rollup.driftedProjects(List.of(p1, s.p2().id()))).isEmpty();
    }

    @Test
    void thePortfolioFromTheRollupEqualsTheLiveOne() {
        Set<Long> mine = Set.of(s.p1().id(), s.p2().id());
        PortfolioFilter filter = PortfolioFilter.ALL.projects(mine);
        PortfolioFigures rolled = as.call("viewer", () -> plans.portfolioFromRollup(filter));
        assertThat(rolled).isEqualTo(as.call("viewer", () -> plans.portfolioLive(filter)));
        // A 100 000 + B 45 000,55 + C 20 000 (mécénat) awarded
        assertThat(rolled.partnerAwarded()).isEqualByComparingTo("165000.55");
        assertThat(as.call("viewer", () -> plans.portfolio()))
                .isEqualTo(as.call("viewer", () -> plans.portfolioLive(PortfolioFilter.ALL)));
    }

    private BigDecimal awardedOf(long projectId) {
        return jdbc.queryForObject(
                "select sum(awarded) from project_funding_rollup where project_id = ?", BigDecimal.class, projectId);
    }
}
