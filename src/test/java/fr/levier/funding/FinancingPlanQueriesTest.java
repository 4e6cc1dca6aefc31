package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import fr.levier.testsupport.Statements;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A financing plan is read in two statements (the project, then its lines with partner, programme,
 * terms and money sums), one more only when a commitment is split over several allocations, whatever
 * its number of lines; and what the lines carry (extension terms, public-money override, split parts)
 * still reaches the figures.
 */
@IntegrationTest
class FinancingPlanQueriesTest {

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    CommitmentService commitments;

    @Autowired
    ClaimService claims;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    PartnerService partners;

    @Autowired
    Statements statements;

    @Autowired
    Clock clock;

    private static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aPlanIsTwoStatementsWithItsTermsAndPartnersReadInTheLinesAndSplitsOneMore() {
        LocalDate today = LocalDate.now(clock);
        ProjectDetails p = fx.project("Plan en deux requêtes", "10000.00");
        ProjectDetails q = fx.project("Plan en deux requêtes bis", "10000.00");
        // a DSIL grant whose start deadline falls in 10 days, extended by its terms to 200 days from now
        CommitmentDetails extended = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "4000.00",
                "4000.00",
                new DossierDates(null, null, null, null, today.plusDays(10).minusYears(2), null, null, null));
        as.run("officer", () -> commitments.allocate(new AllocationInput(extended.id(), p.id(), eur("4000.00"))));
        as.run(
                "officer",
                () -> claims.updateTerms(
                        extended.id(),
                        0,
                        new TermsInput(today.plusDays(200), null, null, null, false, null, null, null, null)));
        // a foundation's grant, private money by its type, recorded as public money on the partner
        long foundation = fx.partner(PartnerType.FOUNDATION);
        CommitmentDetails overridden =
                fx.awarded(foundation, CommitmentKind.GRANT, null, "1000.00", "1000.00", DossierDates.NONE);
        as.run("officer", () -> commitments.allocate(new AllocationInput(overridden.id(), p.id(), eur("1000.00"))));
        long version =
                as.call("viewer", () -> partners.get(foundation).orElseThrow().version());
        as.run("officer", () -> partners.setPublicMoney(foundation, true, version));

        // a region's award of 2 000 € of which 500 € only are allocated here: the line shows its part
        CommitmentDetails partial = fx.awarded(
                fx.partner(PartnerType.REGION), CommitmentKind.GRANT, null, "2000.00", "2000.00", DossierDates.NONE);
        as.run("officer", () -> commitments.allocate(new AllocationInput(partial.id(), p.id(), eur("500.00"))));

        Statements.Counted<FinancingPlan> read = as.call("viewer", () -> statements.count(() -> plans.plan(p.id())));

        assertThat(read.statements()).isEqualTo(2);
        FinancingPlan plan = read.result();
        FinancingPlanLine line = line(plan, extended.id());
        assertThat(line.deadline().date()).isEqualTo(today.plusDays(200));
        assertThat(line.deadline().state()).isEqualTo(LapseClock.State.ON_TRACK);
        assertThat(line.programmeCode()).isEqualTo("DSIL");
        assertThat(plan.warnings()).isZero();
        assertThat(line(plan, overridden.id()).publicFunder()).isTrue();
        assertThat(line(plan, partial.id()).awarded()).isEqualByComparingTo("500.00");
        assertThat(line(plan, partial.id()).requested()).isEqualByComparingTo("500.00");
        assertThat(line(plan, extended.id()).awarded()).isEqualByComparingTo("4000.00");
        assertThat(plan.publicAid()).isEqualByComparingTo("5500.00");

        // split over two projects: its allocations are read once more, and its parts add up
        as.run(
                "officer",
                () -> commitments.replaceAllocations(
                        overridden.id(), Map.of(p.id(), eur("333.33"), q.id(), eur("666.67"))));
        Statements.Counted<FinancingPlan> split = as.call("viewer", () -> statements.count(() -> plans.plan(p.id())));
        assertThat(split.statements()).isEqualTo(3);
        assertThat(line(split.result(), overridden.id()).awarded()).isEqualByComparingTo("333.33");
        assertThat(line(as.call("viewer", () -> plans.plan(q.id())), overridden.id())
                        .awarded())
                .isEqualByComparingTo("666.67");
    }

    private static FinancingPlanLine line(FinancingPlan plan, long commitmentId) {
        return plan.lines().stream()
                .filter(l -> l.commitmentId().equals(commitmentId))
                .findFirst()
                .orElseThrow();
    }
}
