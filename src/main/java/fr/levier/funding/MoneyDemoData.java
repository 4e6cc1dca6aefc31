package fr.levier.funding;

import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.DemoSeed;
import fr.levier.shared.DossierDates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo cases of the money side, through the services so every rule applies: a DSIL grant started after
 * its start deadline (late start, lapse at risk), a DETR grant whose actual expense came in below the
 * subsidised one (final grant, repayment line), and a company's gift received in two payments with a
 * receipt for each.
 */
@Component
@ConditionalOnProperty(name = "levier.demo.enabled", havingValue = "true")
class MoneyDemoData implements DemoSeed {

    private final CommitmentService commitments;
    private final ClaimService claims;
    private final MecenatReceiptService receipts;
    private final PartnerService partners;
    private final ProjectService projects;
    private final Clock clock;

    MoneyDemoData(
            CommitmentService commitments,
            ClaimService claims,
            MecenatReceiptService receipts,
            PartnerService partners,
            ProjectService projects,
            Clock clock) {
        this.commitments = commitments;
        this.claims = claims;
        this.receipts = receipts;
        this.partners = partners;
        this.projects = projects;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    @Transactional
    public void seed() {
        DemoSeed.runAsSystem(this::seedAll);
    }

    private void seedAll() {
        List<PartnerSummary> all = partners.find(PartnerFilter.ALL, PageRequest.of(0, 5000, Sort.by("name")))
                .getContent();
        List<ProjectSummary> list = projects.find(ProjectFilter.ALL, PageRequest.of(0, 50, Sort.by("code")))
                .getContent();
        PartnerSummary state = first(all, PartnerType.STATE);
        PartnerSummary company = first(all, PartnerType.COMPANY);
        if (state == null || company == null || list.size() < 12) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Long dsil = programme("DSIL");
        Long detr = programme("DETR");

        // late start: notified 2 years and 3 months ago, works started 20 days ago (deadline missed)
        CommitmentDetails late = awarded(
                state.id(),
                dsil,
                CommitmentKind.GRANT,
                "DSIL – démarrage tardif (cas de démonstration)",
                "60000.00",
                new DossierDates(
                        today.minusYears(2).minusMonths(9),
                        today.minusYears(2).minusMonths(8),
                        null,
                        today.minusYears(2).minusMonths(3).minusDays(7),
                        today.minusYears(2).minusMonths(3),
                        today.minusYears(2).minusMonths(2),
                        today.minusDays(20),
                        null));
        commitments.allocate(new AllocationInput(late.id(), project(list, "PRJ-021"), new BigDecimal("60000.00")));

        // repayment: 96 000 received, actual expense 200 000 of 300 000 subsidised → final grant 80 000, 16 000 repaid
        CommitmentDetails detrGrant = awarded(
                state.id(),
                detr,
                CommitmentKind.GRANT,
                "DETR – solde inférieur aux versements (cas de démonstration)",
                "120000.00",
                new DossierDates(
                        today.minusYears(3),
                        today.minusYears(3).plusDays(10),
                        null,
                        today.minusYears(3).plusMonths(3),
                        today.minusYears(3).plusMonths(3).plusDays(5),
                        today.minusYears(3).plusMonths(4),
                        today.minusYears(2).minusMonths(6),
                        today.minusMonths(2)));
        commitments.allocate(
                new AllocationInput(detrGrant.id(), project(list, "PRJ-022"), new BigDecimal("120000.00")));
        claims.updateTerms(
                detrGrant.id(),
                0,
                new TermsInput(null, null, null, null, false, 30, new BigDecimal("300000.00"), null, null));
        pay(detrGrant.id(), ClaimType.ADVANCE, "36000.00", today.minusYears(2).minusMonths(5));
        pay(detrGrant.id(), ClaimType.INTERIM, "60000.00", today.minusYears(1));
        TermsSummary t = claims.terms(detrGrant.id());
        claims.updateTerms(
                detrGrant.id(),
                t.version(),
                new TermsInput(
                        null,
                        null,
                        null,
                        null,
                        false,
                        30,
                        new BigDecimal("300000.00"),
                        new BigDecimal("200000.00"),
                        today.minusMonths(1)));
        claims.recordRepayment(
                detrGrant.id(),
                new RepaymentInput(
                        new BigDecimal("16000.00"),
                        today.minusDays(5),
                        "Titre de perception de la préfecture : dépense réelle inférieure à la dépense subventionnable"));

        // a company's gift received in two payments, one receipt for each
        CommitmentDetails gift = awarded(
                company.id(),
                null,
                CommitmentKind.MECENAT,
                "Mécénat – rénovation du kiosque (cas de démonstration)",
                "15000.00",
                new DossierDates(
                        today.minusMonths(5),
                        today.minusMonths(5),
                        null,
                        today.minusMonths(4),
                        null,
                        null,
                        null,
                        null));
        commitments.allocate(new AllocationInput(gift.id(), project(list, "PRJ-023"), new BigDecimal("15000.00")));
        for (var payment : List.of(
                new PaymentInput(new BigDecimal("5000.00"), today.minusMonths(3)),
                new PaymentInput(new BigDecimal("10000.00"), today.minusDays(12)))) {
            ClaimSummary paid = claims.recordGift(gift.id(), payment);
            if (receipts.mode() == ReceiptSummary.Mode.PER_PAYMENT) {
                receipts.issueForPayment(paid.id());
            }
        }
    }

    private CommitmentDetails awarded(
            long partnerId, Long programmeId, CommitmentKind kind, String title, String amount, DossierDates dates) {
        CommitmentDetails c = commitments.create(CommitmentInput.builder()
                .partnerId(partnerId)
                .programmeId(programmeId)
                .title(title)
                .kind(kind)
                .amountRequested(new BigDecimal(amount))
                .amountAwarded(new BigDecimal(amount))
                .dates(dates)
                .extensionGranted(false)
                .build());
        c = commitments.changeStatus(c.id(), c.version(), CommitmentStatus.REQUESTED);
        return commitments.changeStatus(c.id(), c.version(), CommitmentStatus.AWARDED);
    }

    private void pay(long commitmentId, ClaimType type, String amount, LocalDate on) {
        ClaimSummary k = claims.create(
                commitmentId,
                new ClaimInput(
                        type,
                        new BigDecimal(amount),
                        on.minusDays(30),
                        ClaimStatus.SENT,
                        EnumSet.of(SupportingDocument.BANK_DETAILS)));
        claims.recordPayment(k.id(), k.version(), new PaymentInput(new BigDecimal(amount), on));
    }

    private Long programme(String code) {
        return commitments.programmes().stream()
                .filter(p -> p.code().equals(code))
                .map(ProgrammeSummary::id)
                .findFirst()
                .orElse(null);
    }

    private static PartnerSummary first(List<PartnerSummary> all, PartnerType type) {
        return all.stream().filter(p -> p.type() == type).findFirst().orElse(null);
    }

    /** A project the portfolio already funds, so the demo cases leave the headline leverage as the seed tells it. */
    private static long project(List<ProjectSummary> list, String code) {
        return list.stream()
                .filter(p -> code.equals(p.code()))
                .findFirst()
                .orElse(list.get(0))
                .id();
    }
}
