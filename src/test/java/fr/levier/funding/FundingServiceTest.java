package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.MergeRequest;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.FloorExemption;
import fr.levier.project.FloorTerms;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.DossierDates;
import fr.levier.shared.StaleRecordException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Funding services on the real database: allocation ceiling, transitions, claim ceilings, locking, plans, merge. */
@IntegrationTest
class FundingServiceTest {

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
    MecenatReceiptService receipts;

    @Autowired
    PartnerService partnerService;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    private static BigDecimal eur(String v) {
        return new BigDecimal(v);
    }

    @Test
    void allocationsOfACommitmentNeverExceedItsAward() {
        ProjectDetails p1 = fx.project("Alloc A", "10000.00");
        ProjectDetails p2 = fx.project("Alloc B", "10000.00");
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "100000.00",
                "90000.00",
                DossierDates.NONE);
        as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), p1.id(), eur("50000.00"))));

        assertThatThrownBy(() -> as.run(
                        "officer", () -> commitments.allocate(new AllocationInput(c.id(), p2.id(), eur("40000.01")))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("dépasseraient le montant attribué")
                .hasMessageContaining("90\u00a0000,00\u00a0€")
                .satisfies(
                        e -> assertThat(((BusinessRuleException) e).getField()).isEqualTo("amount"));

        as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), p2.id(), eur("40000.00"))));
        assertThat(as.call("viewer", () -> commitments.get(c.id())).remainder()).isEqualByComparingTo("0.00");
        // the split editor saves a whole split at once: refused as a whole when above the award
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> commitments.replaceAllocations(
                                c.id(), Map.of(p1.id(), eur("60000.00"), p2.id(), eur("40000.00")))))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(as.call("viewer", () -> commitments.allocations(c.id())))
                .extracting(AllocationSummary::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactlyInAnyOrder(eur("50000.00"), eur("40000.00"));
    }

    @Test
    void beforeTheAwardTheRequestIsTheCeilingAndTheAwardCannotFallBelowAllocations() {
        ProjectDetails p = fx.project("Before award", "10000.00");
        CommitmentDetails c = fx.identified(fx.partner(PartnerType.REGION), CommitmentKind.GRANT, "REGION", "30000.00");
        assertThatThrownBy(() -> as.run(
                        "officer", () -> commitments.allocate(new AllocationInput(c.id(), p.id(), eur("30000.01")))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("montant demandé");
        as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), p.id(), eur("30000.00"))));
        CommitmentDetails withAward = as.call("officer", () -> {
            CommitmentInput in = c.toInput();
            CommitmentDetails fresh = commitments.get(c.id());
            return commitments.update(
                    c.id(),
                    fresh.version(),
                    CommitmentInput.builder()
                            .partnerId(in.partnerId())
                            .programmeId(in.programmeId())
                            .title(in.title())
                            .kind(in.kind())
                            .amountRequested(in.amountRequested())
                            .amountAwarded(eur("25000.00"))
                            .dates(in.dates())
                            .extensionGranted(false)
                            .build());
        });
        as.run("officer", () -> commitments.changeStatus(c.id(), withAward.version(), CommitmentStatus.REQUESTED));
        CommitmentDetails requested = as.call("viewer", () -> commitments.get(c.id()));
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> commitments.changeStatus(c.id(), requested.version(), CommitmentStatus.AWARDED)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("inférieur à ce qui est déjà affecté");
    }

    @Test
    void onlyAllowedTransitionsAreAcceptedAndAnAwardNeedsItsAmount() {
        CommitmentDetails c =
                fx.identified(fx.partner(PartnerType.DEPARTMENT), CommitmentKind.GRANT, "DEPARTEMENT", "10000.00");
        assertThatThrownBy(() -> as.run(
                        "officer", () -> commitments.changeStatus(c.id(), c.version(), CommitmentStatus.AWARDED)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("« Identifié » à « Attribué » non autorisé");
        CommitmentDetails r =
                as.call("officer", () -> commitments.changeStatus(c.id(), c.version(), CommitmentStatus.REQUESTED));
        assertThatThrownBy(() -> as.run(
                        "officer", () -> commitments.changeStatus(c.id(), r.version(), CommitmentStatus.AWARDED)))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("montant attribué");
        CommitmentDetails lapsed =
                as.call("officer", () -> commitments.changeStatus(c.id(), r.version(), CommitmentStatus.LAPSED));
        assertThat(lapsed.status()).isEqualTo(CommitmentStatus.LAPSED);
        assertThat(lapsed.status().next()).isEmpty();
    }

    @Test
    void aViewerCannotEditAndAnOfficerCannotRecordCash() {
        assertThatThrownBy(() -> as.run(
                        "viewer",
                        () -> commitments.create(CommitmentInput.builder()
                                .partnerId(1L)
                                .title("x")
                                .kind(CommitmentKind.GRANT)
                                .amountRequested(eur("1.00"))
                                .extensionGranted(false)
                                .build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run(
                        "officer", () -> claims.recordPayment(1L, 0, new PaymentInput(eur("1.00"), LocalDate.now()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void claimCeilingsOfDecret2018514AreEnforcedAndFinanceRecordsCash() {
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DETR",
                "100000.00",
                "100000.00",
                new DossierDates(
                        null,
                        null,
                        null,
                        null,
                        LocalDate.now(clock).minusMonths(6),
                        null,
                        LocalDate.now(clock).minusMonths(2),
                        null));
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> claims.create(
                                c.id(),
                                new ClaimInput(
                                        ClaimType.ADVANCE,
                                        eur("30000.01"),
                                        LocalDate.now(clock),
                                        ClaimStatus.SENT,
                                        EnumSet.noneOf(SupportingDocument.class)))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("30 %")
                .hasMessageContaining("2018-514")
                .hasMessageContaining("30\u00a0000,00");
        ClaimSummary advance = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.ADVANCE,
                                eur("30000.00"),
                                LocalDate.now(clock),
                                ClaimStatus.SENT,
                                EnumSet.of(SupportingDocument.START_CERTIFICATE))));
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> claims.create(
                                c.id(),
                                new ClaimInput(ClaimType.INTERIM, eur("50000.01"), null, ClaimStatus.DRAFT, null))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("80 %");
        as.run(
                "officer",
                () -> claims.create(
                        c.id(), new ClaimInput(ClaimType.INTERIM, eur("50000.00"), null, ClaimStatus.DRAFT, null)));
        assertThatThrownBy(() -> as.run(
                        "officer",
                        () -> claims.create(
                                c.id(),
                                new ClaimInput(ClaimType.FINAL, eur("20000.00"), null, ClaimStatus.DRAFT, null))))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("achèvement");

        ClaimSummary paid = as.call(
                "finance",
                () -> claims.recordPayment(
                        advance.id(), advance.version(), new PaymentInput(eur("30000.00"), LocalDate.now(clock))));
        assertThat(paid.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(as.call("viewer", () -> commitments.get(c.id())).status())
                .isEqualTo(CommitmentStatus.PARTIALLY_PAID);
        assertThatThrownBy(() -> as.run("officer", () -> claims.cancel(advance.id(), "doublon")))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aConcurrentEditIsRefusedWithWhoChangedIt() {
        CommitmentDetails c = fx.identified(fx.partner(PartnerType.REGION), CommitmentKind.GRANT, null, "5000.00");
        CommitmentInput in = c.toInput();
        as.run(
                "admin",
                () -> commitments.update(
                        c.id(),
                        c.version(),
                        CommitmentInput.builder()
                                .partnerId(in.partnerId())
                                .programmeId(in.programmeId())
                                .title(in.title() + " (revu)")
                                .kind(in.kind())
                                .amountRequested(in.amountRequested())
                                .amountAwarded(in.amountAwarded())
                                .dates(in.dates())
                                .extensionGranted(false)
                                .notes("changé par l'admin")
                                .build()));
        assertThatThrownBy(() -> as.run("officer", () -> commitments.update(c.id(), c.version(), c.toInput())))
                .isInstanceOf(StaleRecordException.class)
                .satisfies(e -> {
                    assertThat(((StaleRecordException) e).getUpdatedBy()).isEqualTo("admin");
                    assertThat(((StaleRecordException) e).getUpdatedAt()).isNotNull();
                });
    }

    @Test
    void financingPlanTotalsLeverageAndTheTwentyPercentFloorAtExactlyTwentyPercent() {
        ProjectDetails p = fx.project("Plan exact", "20000.00");
        CommitmentDetails grant = fx.awarded(
                fx.partner(PartnerType.STATE), CommitmentKind.GRANT, "DSIL", "80000.00", "80000.00", DossierDates.NONE);
        CommitmentDetails gift = fx.awarded(
                fx.partner(PartnerType.COMPANY),
                CommitmentKind.MECENAT,
                null,
                "20000.00",
                "20000.00",
                DossierDates.NONE);
        as.run("officer", () -> {
            commitments.allocate(new AllocationInput(grant.id(), p.id(), eur("80000.00")));
            commitments.allocate(new AllocationInput(gift.id(), p.id(), eur("20000.00")));
        });
        FinancingPlan plan = as.call("viewer", () -> plans.plan(p.id()));
        assertThat(plan.lines()).hasSize(2);
        assertThat(plan.totals().awarded()).isEqualByComparingTo("100000.00");
        assertThat(plan.publicAid()).isEqualByComparingTo("80000.00");
        assertThat(plan.privateMoney()).isEqualByComparingTo("20000.00");
        assertThat(plan.leverageAwarded()).isEqualByComparingTo("5.00");
        assertThat(plan.leverageCashed()).isEqualByComparingTo("0.00");
        assertThat(plan.floor().status()).isEqualTo(SelfFinancingFloor.Status.MET);
        assertThat(plan.floor().margin()).isEqualByComparingTo("0.00");
        assertThat(plan.floor().cityShare()).isEqualByComparingTo("20.00");
    }

    @Test
    void aPlanBreakingTheFloorIsFlaggedUnlessExemptAndLeverageIsUndefinedWithoutCityMoney() {
        ProjectDetails broken = fx.project("Floor broken", "10000.00");
        ProjectDetails exempt = fx.project(
                "Floor exempt",
                "0.00",
                true,
                FloorTerms.NONE.withExemption(
                        FloorExemption.PUBLIC_CALAMITY, "Arrêté 26-2026-01", java.time.LocalDate.of(2026, 1, 5)));
        CommitmentDetails g1 = fx.awarded(
                fx.partner(PartnerType.STATE), CommitmentKind.GRANT, "DETR", "50000.00", "50000.00", DossierDates.NONE);
        CommitmentDetails g2 = fx.awarded(
                fx.partner(PartnerType.STATE), CommitmentKind.GRANT, "DETR", "50000.00", "50000.00", DossierDates.NONE);
        as.run("officer", () -> {
            commitments.allocate(new AllocationInput(g1.id(), broken.id(), eur("50000.00")));
            commitments.allocate(new AllocationInput(g2.id(), exempt.id(), eur("50000.00")));
        });
        FinancingPlan b = as.call("viewer", () -> plans.plan(broken.id()));
        assertThat(b.floor().status()).isEqualTo(SelfFinancingFloor.Status.BROKEN);
        // 20 % of the public total 60 000 (city included), not aid × 0.2 / 0.8
        assertThat(b.floor().minimumCity()).isEqualByComparingTo("12000.00");
        assertThat(b.floor().margin()).isEqualByComparingTo("-2000.00");
        assertThat(b.floor().takeOverFromOthers()).isEqualByComparingTo("2000.00");
        assertThat(b.floor().addCityMoney()).isEqualByComparingTo("2500.00");
        FinancingPlan e = as.call("viewer", () -> plans.plan(exempt.id()));
        assertThat(e.floor().status()).isEqualTo(SelfFinancingFloor.Status.EXEMPT);
        assertThat(e.leverageAwarded()).isNull();
        assertThat(Leverage.format(e.leverageAwarded(), java.util.Locale.FRENCH))
                .isEqualTo("—");
    }

    @Test
    void aCommitmentSplitAcrossThreeProjectsAppearsProRataInEachPlan() {
        ProjectDetails a = fx.project("Split A", "10000.00");
        ProjectDetails b = fx.project("Split B", "10000.00");
        ProjectDetails c3 = fx.project("Split C", "10000.00");
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "60000.00",
                "60000.00",
                new DossierDates(
                        null,
                        null,
                        null,
                        null,
                        LocalDate.now(clock).minusMonths(3),
                        null,
                        LocalDate.now(clock).minusMonths(1),
                        null));
        as.run(
                "officer",
                () -> commitments.replaceAllocations(
                        c.id(), Map.of(a.id(), eur("30000.00"), b.id(), eur("20000.00"), c3.id(), eur("10000.00"))));
        ClaimSummary claim = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.ADVANCE, eur("18000.00"), LocalDate.now(clock), ClaimStatus.SENT, null)));
        as.run(
                "finance",
                () -> claims.recordPayment(
                        claim.id(), claim.version(), new PaymentInput(eur("18000.00"), LocalDate.now(clock))));
        FinancingPlanLine la =
                as.call("viewer", () -> plans.plan(a.id())).lines().getFirst();
        FinancingPlanLine lb =
                as.call("viewer", () -> plans.plan(b.id())).lines().getFirst();
        assertThat(la.awarded()).isEqualByComparingTo("30000.00");
        assertThat(la.cashed()).isEqualByComparingTo("9000.00");
        assertThat(lb.awarded()).isEqualByComparingTo("20000.00");
        assertThat(lb.claimed()).isEqualByComparingTo("6000.00");
        assertThat(as.call("viewer", () -> plans.plan(c3.id())).leverageCashed())
                .isEqualByComparingTo("0.30");
    }

    @Test
    void aPlanLineCarriesItsCommitmentsLapseVerdictAndUnevenSplitsAddUpToTheCent() {
        LocalDate today = LocalDate.now(clock);
        ProjectDetails p = fx.project("Plan clock", "10000.00");
        ProjectDetails q = fx.project("Plan clock bis", "10000.00");
        ProjectDetails r = fx.project("Plan clock ter", "10000.00");
        CommitmentDetails near = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "1000.00",
                "1000.00",
                new DossierDates(null, null, null, null, today.plusDays(10).minusYears(2), null, null, null));
        as.run("officer", () -> commitments.allocate(new AllocationInput(near.id(), p.id(), eur("1000.00"))));
        CommitmentDetails split = fx.awarded(
                fx.partner(PartnerType.REGION),
                CommitmentKind.GRANT,
                "DSIL",
                "1000.00",
                "1000.00",
                new DossierDates(null, null, null, null, today.minusMonths(3), null, today.minusMonths(1), null));
        as.run(
                "officer",
                () -> commitments.replaceAllocations(
                        split.id(), Map.of(p.id(), eur("333.33"), q.id(), eur("333.33"), r.id(), eur("333.34"))));
        as.call(
                "officer",
                () -> claims.create(
                        split.id(), new ClaimInput(ClaimType.ADVANCE, eur("100.00"), today, ClaimStatus.SENT, null)));

        FinancingPlan plan = as.call("viewer", () -> plans.plan(p.id()));
        FinancingPlanLine nearLine = plan.lines().stream()
                .filter(l -> l.commitmentId().equals(near.id()))
                .findFirst()
                .orElseThrow();
        assertThat(nearLine.deadline().daysLeft()).isEqualTo(10);
        assertThat(nearLine.deadline().state()).isEqualTo(LapseClock.State.NEAR);
        assertThat(plan.warnings()).isEqualTo(1);
        BigDecimal claimed = BigDecimal.ZERO;
        for (ProjectDetails each : List.of(p, q, r)) {
            claimed = claimed.add(as.call("viewer", () -> plans.plan(each.id())).lines().stream()
                    .filter(l -> l.commitmentId().equals(split.id()))
                    .findFirst()
                    .orElseThrow()
                    .claimed());
        }
        assertThat(claimed).isEqualByComparingTo("100.00");
        assertThat(as.call("viewer", () -> plans.plan(r.id()))
                        .lines()
                        .getFirst()
                        .claimed())
                .isEqualByComparingTo("33.34");
    }

    @Test
    void deadlinesShowNearAndOverdueGrantsAndAtRiskProjects() {
        LocalDate today = LocalDate.now(clock);
        ProjectDetails p = fx.project("Deadline", "10000.00");
        CommitmentDetails near = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "1000.00",
                "1000.00",
                new DossierDates(null, null, null, null, today.plusDays(10).minusYears(2), null, null, null));
        CommitmentDetails late = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "1000.00",
                "1000.00",
                new DossierDates(null, null, null, null, today.minusDays(3).minusYears(2), null, null, null));
        as.run("officer", () -> commitments.allocate(new AllocationInput(late.id(), p.id(), eur("1000.00"))));
        var lines = as.call("viewer", () -> plans.deadlines(90));
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.commitmentId()).isEqualTo(near.id());
            assertThat(l.deadline().daysLeft()).isEqualTo(10);
            assertThat(l.deadline().state()).isEqualTo(LapseClock.State.NEAR);
        });
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.commitmentId()).isEqualTo(late.id());
            assertThat(l.deadline().state()).isEqualTo(LapseClock.State.OVERDUE);
            assertThat(l.projects()).anySatisfy(name -> assertThat(name).contains("Deadline"));
        });
        assertThat(as.call("viewer", () -> plans.atRiskProjectIds())).contains(p.id());
        // overdue is "at risk" only: the status stays awarded until a user decides it lapsed
        assertThat(as.call("viewer", () -> commitments.get(late.id())).status()).isEqualTo(CommitmentStatus.AWARDED);
    }

    @Test
    void aMecenatWithinTwentyFivePercentGetsItsReceiptAndAboveItIsParrainage() {
        long company = fx.partner(PartnerType.COMPANY);
        CommitmentDetails ok =
                fx.awarded(company, CommitmentKind.MECENAT, null, "10000.00", "10000.00", DossierDates.NONE);
        CommitmentDetails sponsoring =
                fx.awarded(company, CommitmentKind.MECENAT, null, "10000.00", "10000.00", DossierDates.NONE);
        CommitmentDetails s = as.call("officer", () -> {
            CommitmentInput in = sponsoring.toInput();
            return commitments.update(
                    sponsoring.id(),
                    sponsoring.version(),
                    CommitmentInput.builder()
                            .partnerId(in.partnerId())
                            .title(in.title())
                            .kind(in.kind())
                            .amountRequested(in.amountRequested())
                            .amountAwarded(in.amountAwarded())
                            .counterpartValue(eur("2500.01"))
                            .counterpartDescription("Loge VIP")
                            .dates(in.dates())
                            .extensionGranted(false)
                            .build());
        });
        assertThat(s.mecenat().sponsoring()).isTrue();
        ClaimSummary gift = as.call(
                "finance", () -> claims.recordGift(ok.id(), new PaymentInput(eur("10000.00"), LocalDate.now(clock))));
        ReceiptSummary receipt = as.call("finance", () -> receipts.issueForPayment(gift.id()));
        byte[] pdf = as.call("officer", () -> receipts.pdf(receipt.id()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        ClaimSummary giftS = as.call(
                "finance", () -> claims.recordGift(s.id(), new PaymentInput(eur("10000.00"), LocalDate.now(clock))));
        assertThatThrownBy(() -> as.run("officer", () -> receipts.issueForPayment(giftS.id())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("parrainage");
    }

    @Test
    void mergingPartnersRepointsTheirCommitmentsInsideTheMergeTransaction() {
        long merged = fx.partner(PartnerType.FOUNDATION);
        long survivor = fx.partner(PartnerType.BANK);
        CommitmentDetails c = fx.identified(merged, CommitmentKind.MECENAT, null, "1234.00");
        tx.executeWithoutResult(status -> {
            // the real merge, in a transaction the test rolls back: had the listener waited for
            // the commit, the commitment would still point at the merged partner here
            as.call("officer", () -> partnerService.merge(new MergeRequest(survivor, merged, Set.of(), null, null)));
            assertThat(as.call("viewer", () -> commitments.get(c.id())).partnerId())
                    .isEqualTo(survivor);
            assertThat(as.call("viewer", () -> plans.partnerFunding(merged))).isEmpty();
            status.setRollbackOnly();
        });
        // rolled back together with the merge
        assertThat(as.call("viewer", () -> partnerService.details(merged)).id()).isEqualTo(merged);
        assertThat(as.call("viewer", () -> commitments.get(c.id())).partnerId()).isEqualTo(merged);
    }

    @Test
    void aPartnerSeesWhatItFundsAndWhatIsStillToClaim() {
        long partner = fx.partner(PartnerType.DEPARTMENT);
        ProjectDetails p = fx.project("Partner panel", "10000.00");
        CommitmentDetails c = fx.awarded(
                partner,
                CommitmentKind.GRANT,
                "DEPARTEMENT",
                "40000.00",
                "40000.00",
                new DossierDates(
                        null, null, null, null, null, null, LocalDate.now(clock).minusDays(5), null));
        as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), p.id(), eur("40000.00"))));
        as.run(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(
                                ClaimType.ADVANCE, eur("10000.00"), LocalDate.now(clock), ClaimStatus.SENT, null)));
        PartnerFundingLine line = as.call("viewer", () -> plans.partnerFunding(partner)).stream()
                .filter(l -> l.commitmentId().equals(c.id()))
                .findFirst()
                .orElseThrow();
        assertThat(line.toClaim()).isEqualByComparingTo("30000.00");
        assertThat(line.projects()).singleElement().asString().contains("Partner panel");
    }
}
