package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.project.FloorExemption;
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
    private PartnerService partners;

    @Autowired
    AsUser as;

    @Autowired
    ProjectService projects;

    @Autowired
    CommitmentService commitments;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    ClaimService claims;

    @Autowired
    MecenatReceiptService receipts;

    private CommitmentSummary demoCommitment(String title) {
        var found = commitments
                .find(new CommitmentFilter(title, null, null, null), PageRequest.of(0, 2))
                .getContent();
        assertThat(found).as(title).hasSize(1);
        return found.getFirst();
    }

    private FinancingPlan plan(String code) {
        ProjectSummary p = projects.find(new ProjectFilter(code, null, null, null), PageRequest.of(0, 1))
                .getContent()
                .getFirst();
        return plans.plan(p.id());
    }

    /** The demo's own projects (PRJ-001…): other tests of the run add projects of their own. */
    private java.util.List<ProjectSummary> demoProjects() {
        return projects.find(new ProjectFilter("PRJ-", null, null, null), PageRequest.of(0, 200)).getContent().stream()
                .filter(p -> p.code().matches("PRJ-\\d{3}"))
                .toList();
    }

    @Test
    void aboutSixtyProjectsWorthAboutTwoHundredMillionAndThreeHundredCommitments() {
        as.run("viewer", () -> {
            assertThat(projects.count(new ProjectFilter("PRJ-", null, null, null)))
                    .isBetween(55L, 65L);
            BigDecimal demoCost = demoProjects().stream()
                    .map(ProjectSummary::totalCostExclTax)
                    .filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(demoCost).isBetween(new BigDecimal("170000000"), new BigDecimal("230000000"));
            assertThat(projects.portfolioCost()).isGreaterThanOrEqualTo(demoCost);
            assertThat(commitments.count(new CommitmentFilter("–", null, null, null)))
                    .isBetween(250L, 350L);
        });
    }

    @Test
    void portfolioLeverageIsNearFiveAndFifteenMillionRaised() {
        PortfolioFigures f = as.call(
                "viewer",
                () -> plans.portfolio(new PortfolioFilter(
                        null,
                        null,
                        demoProjects().stream().map(ProjectSummary::id).collect(java.util.stream.Collectors.toSet()))));
        assertThat(f.leverageAwarded()).isBetween(new BigDecimal("4.0"), new BigDecimal("6.0"));
        assertThat(f.partnerAwarded()).isBetween(new BigDecimal("8000000"), new BigDecimal("19000000"));
        // in-kind and parrainage are shown apart from leverage
        assertThat(f.inKind().signum()).isPositive();
        assertThat(f.sponsorship().signum()).isPositive();
        assertThat(f.partnerCashed().signum()).isPositive();
    }

    @Test
    void theDemoExercisesEveryRule() {
        as.run("viewer", () -> {
            assertThat(plan("PRJ-019").floor().status())
                    .as(plan("PRJ-019").toString())
                    .isEqualTo(SelfFinancingFloor.Status.BROKEN);
            // an exemption of each type: two with the préfet's decision, urban renewal from the ANRU grant
            assertThat(plan("PRJ-007").floor().exemption()).isEqualTo(FloorExemption.PROTECTED_MONUMENT);
            assertThat(plan("PRJ-007").floorTerms().exemptionReference()).isNotBlank();
            assertThat(plan("PRJ-010").floor().exemption()).isEqualTo(FloorExemption.PUBLIC_CALAMITY);
            assertThat(plan("PRJ-013").floor().exemption()).isEqualTo(FloorExemption.URBAN_RENEWAL);
            assertThat(plan("PRJ-013").floorTerms().exemption()).isNull();
            assertThat(plan("PRJ-013").floor().status()).isEqualTo(SelfFinancingFloor.Status.EXEMPT);
            // 30 % in a chef de file field, 20 % where a CTEC says so
            assertThat(plan("PRJ-006").floor().rate()).isEqualByComparingTo("0.30");
            assertThat(plan("PRJ-021").floor().rate()).isEqualByComparingTo("0.20");
            assertThat(plan("PRJ-021").rateSource()).isEqualTo(SelfFinancingFloor.RateSource.CTEC);
            assertThat(plan("PRJ-007").floorTerms().exemptionDecidedOn()).isNotNull();
            assertThat(plan("PRJ-010").floorTerms().exemptionReference()).isNotBlank();
            assertThat(plan("PRJ-010").floorTerms().exemptionDecidedOn()).isNotNull();
            // a late start: lapse at risk at once, citing the CGCT for a DSIL grant
            TermsSummary late = claims.terms(demoCommitment("démarrage tardif").id());
            assertThat(late.lapse().findings()).contains(LapseClock.Finding.LATE_START);
            assertThat(late.lapse().deadline().state()).isEqualTo(LapseClock.State.OVERDUE);
            // a repayment, a line of its own with its date, and nothing left to repay
            Settlement detr = claims.settlement(
                    demoCommitment("solde inférieur aux versements").id());
            assertThat(detr.repaid()).isPositive();
            assertThat(detr.lines()).anySatisfy(l -> assertThat(l.occurredOn()).isNotNull());
            assertThat(detr.finalPayment().toRepay()).isZero();
            // a receipt per payment of the gift, numbered, amounts matching the payments
            long gift = demoCommitment("rénovation du kiosque").id();
            var paid = claims.claims(gift).stream()
                    .filter(k -> k.status() == ClaimStatus.PAID)
                    .toList();
            assertThat(paid).hasSizeGreaterThanOrEqualTo(2).allSatisfy(k -> assertThat(k.receiptId())
                    .isNotNull());
            assertThat(receipts.receipts(gift))
                    .extracting(ReceiptSummary::amount)
                    .usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyInAnyOrderElementsOf(
                            paid.stream().map(ClaimSummary::cashedAmount).toList());
            // an FCTVA line: 16,404 % of the eligible TTC
            FinancingPlan p2 = plan("PRJ-002");
            assertThat(p2.fctva())
                    .isEqualByComparingTo(
                            PublicMoneyChecks.fctva(p2.floorTerms().fctvaBaseInclTax()))
                    .isPositive();
            // the CAF, private law with a public-service mission, is not public money
            assertThat(partners.find(
                                    new PartnerFilter("Caisse d'allocations", null, null, null, null),
                                    PageRequest.of(0, 5))
                            .getContent())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.countsAsPublicMoney()).isFalse());
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
