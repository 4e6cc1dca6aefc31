package fr.levier.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.AllocationInput;
import fr.levier.funding.AllocationSummary;
import fr.levier.funding.ClaimInput;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimStatus;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.ClaimType;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.funding.FundingRollup;
import fr.levier.funding.PaymentInput;
import fr.levier.partner.MergeRequest;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.reporting.testsupport.ReportScenario;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Funding's per-project rollup (ADR 010 §15) after each kind of write, on data the test creates: the
 * rollup rows of the projects equal their recomputation from scratch, and funding-by-project, its totals
 * and the leverage read from the rollup equal the live path (every allocation) to the cent, for the
 * scenario's officer and each funder type.
 */
@IntegrationTest
class FundingRollupTest {

    @Autowired
    AsUser as;

    @Autowired
    ReportScenario scenario;

    @Autowired
    AmountQueries amounts;

    @Autowired
    FundingRollup rollup;

    @Autowired
    CommitmentService commitments;

    @Autowired
    ClaimService claims;

    @Autowired
    PartnerService partners;

    @Autowired
    PlatformTransactionManager transactions;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    ReportScenario.Built s;

    @BeforeEach
    void build() {
        s = scenario.build();
    }

    @Test
    void theRollupFollowsEveryKindOfWrite() {
        agree("scenario");

        CommitmentDetails x = create(s.state(), "30000.00", "25000.00");
        agree("commitment created");

        allocate(x, s.p1().id(), "25000.00");
        agree("allocated");
        assertThat(rowOf(s.p1().id()).amounts().requested())
                .isEqualByComparingTo("227000.00"); // 202 000 + 25 000 of 30 000 requested

        as.run(
                "officer",
                () -> commitments.replaceAllocations(x.id(), Map.of(s.p2().id(), new BigDecimal("25000.00"))));
        agree("re-allocated to another project");
        assertThat(rowOf(s.p1().id()).amounts().requested()).isEqualByComparingTo("202000.00");

        AllocationSummary onP2 = as.call("officer", () -> commitments.allocationsOfProject(s.p2().id()).stream()
                .filter(a -> a.commitmentId().equals(x.id()))
                .findFirst()
                .orElseThrow());
        as.run("officer", () -> commitments.updateAllocation(onP2.id(), onP2.version(), new BigDecimal("12345.67")));
        agree("allocation amount changed");

        CommitmentDetails x2 = as.call(
                "officer",
                () -> commitments.update(x.id(), current(x.id()).version(), input(x, "31000.01", "25000.00")));
        agree("commitment amount changed");

        status(x2.id(), CommitmentStatus.REQUESTED);
        status(x2.id(), CommitmentStatus.AWARDED);
        agree("awarded");

        ClaimSummary k = as.call(
                "officer",
                () -> claims.create(
                        x2.id(),
                        new ClaimInput(
                                ClaimType.INTERIM,
                                new BigDecimal("7000.00"),
                                s.today().minusDays(3),
                                ClaimStatus.SENT,
                                Set.of())));
        agree("claim sent");
        ClaimSummary paid = as.call(
                "finance",
                () -> claims.recordPayment(
                        k.id(),
                        k.version(),
                        new PaymentInput(new BigDecimal("6999.99"), s.today().minusDays(1))));
        agree("payment");
        as.run("finance", () -> claims.reversePayment(paid.id(), paid.version(), "Virement rejeté"));
        agree("payment reversed");

        CommitmentDetails y = create(s.region(), "9000.00", null);
        allocate(y, s.p1().id(), "9000.00");
        status(y.id(), CommitmentStatus.REQUESTED);
        agree("requested");
        status(y.id(), CommitmentStatus.REFUSED);
        agree("refused");

        as.run("officer", () -> commitments.cancel(s.d().id(), "Abandon du dossier"));
        agree("cancelled");

        PartnerDetails company = as.call("officer", () -> partners.details(s.company()));
        PartnerDraft asFoundation = new PartnerDraft(
                company.name(),
                null,
                PartnerType.FOUNDATION,
                null,
                null,
                null,
                null,
                company.town(),
                null,
                null,
                null,
                company.status(),
                null,
                false,
                null,
                null,
                null,
                null,
                company.version());
        as.run("officer", () -> partners.update(s.company(), asFoundation));
        agree("partner type changed");
        assertThat(amounts.byProject(s.filter().withFunderType(PartnerType.FOUNDATION), Pageable.unpaged(), true)
                        .getContent())
                .extracting(ProjectFundingRow::projectId)
                .containsExactly(s.p2().id());

        long department = as.call("officer", () -> partners.create(
                        PartnerDraft.of("Département " + s.officer(), PartnerType.DEPARTMENT, "Valence"), true)
                .id());
        CommitmentDetails z = create(department, "5000.00", null);
        allocate(z, s.p1().id(), "5000.00");
        agree("department's commitment");
        as.run(
                "officer",
                () -> partners.merge(new MergeRequest(
                        s.region(),
                        department,
                        Set.of(),
                        partners.details(s.region()).version(),
                        partners.details(department).version())));
        agree("partner merged into another of another type");

        AllocationSummary aOnP2 = as.call("officer", () -> commitments.allocationsOfProject(s.p2().id()).stream()
                .filter(a -> a.commitmentId().equals(s.a().id()))
                .findFirst()
                .orElseThrow());
        as.run("officer", () -> commitments.removeAllocation(aOnP2.id(), "Erreur de saisie"));
        agree("allocation removed");
        assertThat(rowOf(s.p2().id()).amounts().awarded()).isLessThan(new BigDecimal("40000.00"));
    }

    @Test
    void aReaderSeesTheWritesOfItsOwnTransaction() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(st -> {
            CommitmentDetails x = create(s.state(), "1000.00", null);
            allocate(x, s.p1().id(), "1000.00");
            assertThat(amounts.byProjectTotals(s.filter(), true)).isEqualTo(amounts.byProjectTotals(s.filter(), false));
            assertThat(rowOf(s.p1().id()).amounts().requested()).isEqualByComparingTo("203000.00");
            st.setRollbackOnly();
        });
        agree("rolled back");
        assertThat(rowOf(s.p1().id()).amounts().requested()).isEqualByComparingTo("202000.00");
    }

    /**
     * Two officers change the allocations of two commitments to one project at the same moment: both
     * commit and the rollup counts both. Recomputing inside each writer's transaction read the other's
     * locked allocation and the two deadlocked on MariaDB (one was refused); the recompute now runs after
     * each commit.
     */
    @Test
    void twoWritersOfOneProjectAtOnceBothCommitAndBothCount() throws Exception {
        AllocationSummary ax = allocate(create(s.state(), "1000.00", null), s.p1().id(), "1000.00");
        AllocationSummary ay = allocate(create(s.region(), "2000.00", null), s.p1().id(), "2000.00");
        assertThat(rowOf(s.p1().id()).amounts().requested()).isEqualByComparingTo("205000.00");
        java.util.concurrent.CyclicBarrier bothWritten = new java.util.concurrent.CyclicBarrier(2);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (Object[] change : List.of(new Object[] {ax, "800.00"}, new Object[] {ay, "1500.00"})) {
                AllocationSummary a = (AllocationSummary) change[0];
                BigDecimal amount = new BigDecimal((String) change[1]);
                done.add(pool.submit(() -> as.run(
                        "officer",
                        () -> tx.executeWithoutResult(st -> {
                            commitments.updateAllocation(a.id(), a.version(), amount);
                            em.flush(); // written: this writer holds its allocation's row lock now
                            await(bothWritten);
                        }))));
            }
            for (var f : done) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        agree("two writers at once");
        assertThat(rowOf(s.p1().id()).amounts().requested()).isEqualByComparingTo("204300.00"); // 202 000 + 800 + 1 500
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void agree(String after) {
        assertThat(rollup.driftedProjects(List.of(s.p1().id(), s.p2().id())))
                .as("rollup rows recomputed from scratch after: " + after)
                .isEmpty();
        for (ReportFilter f : List.of(
                s.filter(),
                s.filter().withFunderType(PartnerType.STATE),
                s.filter().withFunderType(PartnerType.REGION),
                s.filter().withFunderType(PartnerType.COMPANY),
                s.filter().withFunderType(PartnerType.FOUNDATION),
                s.filter().withProject(s.p2().id()))) {
            String what = after + ", " + f;
            assertThat(amounts.byProject(f, Pageable.unpaged(), true).getContent())
                    .as(what)
                    .isEqualTo(amounts.byProject(f, Pageable.unpaged(), false).getContent());
            for (Pageable page : List.of(
                    PageRequest.of(0, 1, Sort.by("projectCode")),
                    PageRequest.of(1, 1, Sort.by("projectCode")),
                    PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "awarded")))) {
                Page<ProjectFundingRow> rolled = amounts.byProject(f, page, true);
                Page<ProjectFundingRow> live = amounts.byProject(f, page, false);
                assertThat(rolled.getContent()).as(what + " " + page).isEqualTo(live.getContent());
                assertThat(rolled.getTotalElements()).as(what + " " + page).isEqualTo(live.getTotalElements());
            }
            assertThat(amounts.byProjectTotals(f, true)).as(what).isEqualTo(amounts.byProjectTotals(f, false));
            assertThat(amounts.leverage(f, true)).as(what).isEqualTo(amounts.leverage(f, false));
        }
    }

    private ProjectFundingRow rowOf(long projectId) {
        return amounts.byProject(s.filter().withProject(projectId), Pageable.unpaged(), true)
                .getContent()
                .getFirst();
    }

    private CommitmentDetails current(long id) {
        return as.call("officer", () -> commitments.get(id));
    }

    private void status(long id, CommitmentStatus target) {
        as.run("officer", () -> commitments.changeStatus(id, current(id).version(), target));
    }

    private CommitmentDetails create(long partner, String requested, String awarded) {
        return as.call(
                "officer",
                () -> commitments.create(new CommitmentInput(
                        partner,
                        null,
                        "Rollup " + partner + " " + requested,
                        CommitmentKind.GRANT,
                        new BigDecimal(requested),
                        awarded == null ? null : new BigDecimal(awarded),
                        null,
                        null,
                        DossierDates.NONE,
                        false,
                        null,
                        null)));
    }

    private static CommitmentInput input(CommitmentDetails c, String requested, String awarded) {
        return new CommitmentInput(
                c.partnerId(),
                null,
                c.title(),
                CommitmentKind.GRANT,
                new BigDecimal(requested),
                new BigDecimal(awarded),
                null,
                null,
                DossierDates.NONE,
                false,
                null,
                null);
    }

    private AllocationSummary allocate(CommitmentDetails c, long project, String amount) {
        return as.call(
                "officer", () -> commitments.allocate(new AllocationInput(c.id(), project, new BigDecimal(amount))));
    }
}
