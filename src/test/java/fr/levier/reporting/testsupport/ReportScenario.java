package fr.levier.reporting.testsupport;

import fr.levier.funding.AllocationInput;
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
import fr.levier.funding.PaymentInput;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.reporting.ReportFilter;
import fr.levier.security.NewUser;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Builds, through the public services, a small portfolio of one officer of its own (so the reports can
 * be filtered on it and no other test's or demo data leaks in): two projects, five commitments of
 * three new partners, claims sent and paid at known ages. The figures each report must show are
 * computed by hand in the tests.
 */
@Component
public class ReportScenario {

    private final AsUser as;
    private final ProjectService projects;
    private final CommitmentService commitments;
    private final ClaimService claims;
    private final PartnerService partners;
    private final Clock clock;
    private final UserService users;

    ReportScenario(
            AsUser as,
            UserService users,
            ProjectService projects,
            CommitmentService commitments,
            ClaimService claims,
            PartnerService partners,
            Clock clock) {
        this.as = as;
        this.users = users;
        this.projects = projects;
        this.commitments = commitments;
        this.claims = claims;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * What was built.
     *
     * @param officer   the officer of both projects (unique)
     * @param today     the application's today
     * @param p1        project 1 (city 100 000 €)
     * @param p2        project 2 (city 5 000 €: floor broken)
     * @param state     the State partner
     * @param region    the Région partner
     * @param company   the company (mécénat)
     * @param a         DSIL grant of the State, split 60/40 over p1/p2, start deadline in 30 days
     * @param b         Région grant on p1, one claim sent 75 days ago
     * @param c         mécénat of the company on p2, paid 5 days ago
     * @param d         State grant only identified, on p1
     * @param e         Région grant refused, on p2 (never counted)
     */
    public record Built(
            String officer,
            LocalDate today,
            ProjectDetails p1,
            ProjectDetails p2,
            long state,
            long region,
            long company,
            CommitmentDetails a,
            CommitmentDetails b,
            CommitmentDetails c,
            CommitmentDetails d,
            CommitmentDetails e) {

        /** @return a filter on this scenario's officer */
        public ReportFilter filter() {
            return ReportFilter.ALL.withOfficer(officer);
        }
    }

    /** Builds the scenario. */
    public Built build() {
        String u = FundingFixtures.unique();
        String officer = "off-" + u;
        // projects name a real officer (an unknown one is refused)
        as.call(
                "admin",
                () -> users.create(new NewUser(officer, "Agent " + u, null, Role.OFFICER, "Kx7-mQ2v-pLr9-zT4w")));
        LocalDate today = LocalDate.now(clock);
        ProjectDetails p1 = project("P1-" + u, "Halle " + u, officer, "100000.00");
        ProjectDetails p2 = project("P2-" + u, "Gare " + u, officer, "5000.00");
        long state = partner("État test " + u, PartnerType.STATE);
        long region = partner("Région test " + u, PartnerType.REGION);
        long company = partner("=Mécène " + u, PartnerType.COMPANY);

        CommitmentDetails a = awarded(
                state,
                CommitmentKind.GRANT,
                programme("DSIL"),
                "120000.00",
                "100000.00",
                dates(today.minusYears(2).plusDays(30)));
        allocate(a, p1, "60000.00");
        allocate(a, p2, "40000.00");
        claim(a, ClaimType.INTERIM, "30000.00", today.minusDays(10), null, null);
        claim(a, ClaimType.INTERIM, "20000.00", today.minusDays(100), "20000.00", today.minusDays(50));

        CommitmentDetails b =
                awarded(region, CommitmentKind.GRANT, null, "50000.00", "45000.55", dates(today.minusDays(100)));
        allocate(b, p1, "45000.55");
        claim(b, ClaimType.INTERIM, "10000.10", today.minusDays(75), null, null);

        CommitmentDetails c = awarded(company, CommitmentKind.MECENAT, null, "20000.00", "20000.00", DossierDates.NONE);
        allocate(c, p2, "20000.00");
        claim(c, ClaimType.INTERIM, "16000.00", today.minusDays(20), "16000.00", today.minusDays(5));

        CommitmentDetails d = create(state, CommitmentKind.GRANT, null, "80000.00", null, DossierDates.NONE);
        allocate(d, p1, "80000.00");

        CommitmentDetails e = create(region, CommitmentKind.GRANT, null, "30000.00", null, DossierDates.NONE);
        allocate(e, p2, "30000.00");
        e = status(e, CommitmentStatus.REQUESTED);
        e = status(e, CommitmentStatus.REFUSED);
        return new Built(officer, today, p1, p2, state, region, company, a, b, c, d, e);
    }

    private static DossierDates dates(LocalDate notified) {
        return new DossierDates(null, null, null, notified, notified, null, null, null);
    }

    private ProjectDetails project(String code, String name, String officer, String city) {
        return as.call(
                "officer",
                () -> projects.create(ProjectInput.builder()
                        .code(code)
                        .name(name)
                        .officerUsername(officer)
                        .status(ProjectStatus.APPROVED)
                        .totalCostExclTax(new BigDecimal("1000000.00"))
                        .totalCostInclTax(new BigDecimal("1200000.00"))
                        .eligibleExpense(new BigDecimal("900000.00"))
                        .cityFunding(new BigDecimal(city))
                        .cityOwner(true)
                        .dates(DossierDates.NONE)
                        .build()));
    }

    private long partner(String name, PartnerType type) {
        return as.call("officer", () -> partners.create(PartnerDraft.of(name, type, "Romans-sur-Isère"), true)
                .id());
    }

    private Long programme(String code) {
        return as.call("viewer", () -> commitments.programmes().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }

    private CommitmentDetails create(
            long partner, CommitmentKind kind, Long programme, String requested, String awarded, DossierDates dates) {
        return as.call(
                "officer",
                () -> commitments.create(new CommitmentInput(
                        partner,
                        programme,
                        "Test " + kind + " " + FundingFixtures.unique(),
                        kind,
                        new BigDecimal(requested),
                        awarded == null ? null : new BigDecimal(awarded),
                        null,
                        null,
                        dates,
                        false,
                        null,
                        null)));
    }

    private CommitmentDetails awarded(
            long partner, CommitmentKind kind, Long programme, String requested, String awarded, DossierDates dates) {
        CommitmentDetails c = create(partner, kind, programme, requested, awarded, dates);
        return status(status(c, CommitmentStatus.REQUESTED), CommitmentStatus.AWARDED);
    }

    private CommitmentDetails status(CommitmentDetails c, CommitmentStatus target) {
        return as.call("officer", () -> commitments.changeStatus(c.id(), c.version(), target));
    }

    private void allocate(CommitmentDetails c, ProjectDetails p, String amount) {
        as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), p.id(), new BigDecimal(amount))));
    }

    private void claim(
            CommitmentDetails c, ClaimType type, String amount, LocalDate sentOn, String cashed, LocalDate cashedOn) {
        ClaimSummary k = as.call(
                "officer",
                () -> claims.create(
                        c.id(),
                        new ClaimInput(type, new BigDecimal(amount), sentOn, ClaimStatus.SENT, java.util.Set.of())));
        if (cashed != null) {
            as.run(
                    "finance",
                    () -> claims.recordPayment(
                            k.id(), k.version(), new PaymentInput(new BigDecimal(cashed), cashedOn)));
        }
    }
}
