package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo portfolio is realistic and exercises every rule; its leverage is computed, near 5. */
@IntegrationTest
class FundingDemoDataTest {

    @Autowired
    AsUser as;

    @Autowired
    ProjectService projects;

    @Autowired
    CommitmentService commitments;

    @Autowired
    FinancingPlanService plans;

    private FinancingPlan plan(String code) {
        ProjectSummary p = projects.find(new ProjectFilter(code, null, null, null), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        return plans.plan(p.id());
    }

    @Test
    void aboutSixtyProjectsWorthAboutTwoHundredMillionAndThreeHundredCommitments() {
        as.run("viewer", () -> {
            assertThat(projects.count(new ProjectFilter("PRJ-", null, null, null)))
                    .isBetween(55L, 65L);
            assertThat(projects.portfolioCost()).isBetween(new BigDecimal("170000000"), new BigDecimal("230000000"));
            assertThat(commitments.count(new CommitmentFilter("–", null, null, null)))
                    .isBetween(250L, 350L);
        });
    }

    @Test
    void portfolioLeverageIsNearFiveAndFifteenMillionRaised() {
        PortfolioFigures f = as.call("viewer", () -> plans.portfolio());
        assertThat(f.leverageAwarded()).isBetween(new BigDecimal("4.0"), new BigDecimal("6.0"));
        assertThat(f.partnerAwarded()).isBetween(new BigDecimal("11000000"), new BigDecimal("19000000"));
        assertThat(f.partnerCashed().signum()).isPositive();
    }

    @Test
    void theDemoExercisesEveryRule() {
        as.run("viewer", () -> {
            assertThat(plan("PRJ-019").floor().status())
                    .as(plan("PRJ-019").toString())
                    .isEqualTo(SelfFinancingFloor.Status.BROKEN);
            assertThat(plan("PRJ-007").floor().status()).isEqualTo(SelfFinancingFloor.Status.EXEMPT);
            assertThat(plan("PRJ-012").floor().rate()).isEqualByComparingTo("0.30");
            assertThat(plan("PRJ-002").floor().status()).isEqualTo(SelfFinancingFloor.Status.MET);
            var deadlines = plans.deadlines(90);
            assertThat(deadlines)
                    .anySatisfy(d -> assertThat(d.deadline().state()).isEqualTo(LapseClock.State.NEAR));
            assertThat(deadlines)
                    .anySatisfy(d -> assertThat(d.deadline().state()).isEqualTo(LapseClock.State.OVERDUE));
            assertThat(plans.atRiskProjectIds()).isNotEmpty();
            // the DSIL "plan écoles" funds three projects
            var split = commitments
                    .find(new CommitmentFilter("Plan de rénovation des écoles", null, null, null), PageRequest.of(0, 1))
                    .getContent();
            assertThat(split).hasSize(1);
            assertThat(commitments.allocations(split.getFirst().id())).hasSize(3);
            assertThat(plan("PRJ-015").lines())
                    .anySatisfy(l -> assertThat(l.sponsoringWarning()).isTrue());
            assertThat(plan("PRJ-016").lines()).anySatisfy(l -> {
                assertThat(l.kind()).isEqualTo(CommitmentKind.MECENAT);
                assertThat(l.claimed()).isLessThan(l.awarded());
                assertThat(l.cashed().signum()).isPositive();
            });
        });
    }
}
