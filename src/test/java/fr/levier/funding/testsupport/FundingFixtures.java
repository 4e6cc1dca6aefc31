package fr.levier.funding.testsupport;

import fr.levier.funding.AllocationInput;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Builds projects and commitments for funding tests, through the public services, with unique names. */
@Component
public class FundingFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final AsUser as;
    private final ProjectService projects;
    private final CommitmentService commitments;
    private final PartnerService partners;

    FundingFixtures(AsUser as, ProjectService projects, CommitmentService commitments, PartnerService partners) {
        this.as = as;
        this.projects = projects;
        this.commitments = commitments;
        this.partners = partners;
    }

    /** @return a unique suffix for names and codes */
    public static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQ.incrementAndGet();
    }

    /** A city-owned project with the given city money (cost 1 M€, eligible expense 900 k€). */
    public ProjectDetails project(String name, String city) {
        return project(name, city, true, false, null);
    }

    /** A project with ownership, lead-body and exemption flags. */
    public ProjectDetails project(String name, String city, boolean owner, boolean lead, String exemption) {
        String u = unique();
        return as.call(
                "officer",
                () -> projects.create(ProjectInput.builder()
                        .code("T-" + u)
                        .name(name + " " + u)
                        .officerUsername("officer")
                        .status(ProjectStatus.APPROVED)
                        .totalCostExclTax(new BigDecimal("1000000.00"))
                        .totalCostInclTax(new BigDecimal("1200000.00"))
                        .eligibleExpense(new BigDecimal("900000.00"))
                        .cityFunding(new BigDecimal(city))
                        .cityOwner(owner)
                        .leadBody(lead)
                        .floorExemption(exemption)
                        .dates(DossierDates.NONE)
                        .build()));
    }

    /** @return the id of a new partner of that type, of the test's own (never a demo partner) */
    public long partner(PartnerType type) {
        return as.call(
                        "officer",
                        () -> partners.create(
                                PartnerDraft.of("Partenaire test " + unique(), type, "Romans-sur-Isère"), true))
                .id();
    }

    /** @return the id of a programme by code */
    public Long programme(String code) {
        return as.call("viewer", () -> commitments.programmes().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
    }

    /**
     * A project whose 20 % floor is broken: 100 000 € of city money and a new region's 900 000 € award
     * allocated to it. The city should pay 900 000 × 20 / 80 = 225 000 €: 125 000 € are missing;
     * leverage 900 000 / 100 000 = 9.
     */
    public ProjectDetails brokenFloorProject(String name) {
        ProjectDetails project = project(name, "100000.00");
        CommitmentDetails region = awarded(
                partner(PartnerType.REGION), CommitmentKind.GRANT, null, "900000.00", "900000.00", DossierDates.NONE);
        as.run(
                "officer",
                () -> commitments.allocate(
                        new AllocationInput(region.id(), project.id(), new BigDecimal("900000.00"))));
        return project;
    }

    /**
     * A State grant (DSIL) of 1 000 € notified on {@code notifiedOn}, allocated to {@code project}: it
     * lapses two years after notification without works started.
     */
    public CommitmentDetails lapsingGrant(ProjectDetails project, LocalDate notifiedOn) {
        CommitmentDetails c = awarded(
                partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "1000.00",
                "1000.00",
                new DossierDates(null, null, null, null, notifiedOn, null, null, null));
        as.run(
                "officer",
                () -> commitments.allocate(new AllocationInput(c.id(), project.id(), new BigDecimal("1000.00"))));
        return c;
    }

    /** A commitment just identified (nothing awarded). */
    public CommitmentDetails identified(long partnerId, CommitmentKind kind, String programme, String requested) {
        return as.call(
                "officer",
                () -> commitments.create(CommitmentInput.builder()
                        .partnerId(partnerId)
                        .programmeId(programme == null ? null : programme(programme))
                        .title("Test " + kind + " " + unique())
                        .kind(kind)
                        .amountRequested(new BigDecimal(requested))
                        .dates(DossierDates.NONE)
                        .extensionGranted(false)
                        .build()));
    }

    /** A commitment requested then awarded for {@code awarded}, with the given dates. */
    public CommitmentDetails awarded(
            long partnerId,
            CommitmentKind kind,
            String programme,
            String requested,
            String awarded,
            DossierDates dates) {
        CommitmentDetails c = identified(partnerId, kind, programme, requested);
        return as.call("officer", () -> {
            CommitmentInput in = c.toInput();
            CommitmentDetails u = commitments.update(
                    c.id(),
                    c.version(),
                    CommitmentInput.builder()
                            .partnerId(in.partnerId())
                            .programmeId(in.programmeId())
                            .title(in.title())
                            .kind(in.kind())
                            .amountRequested(in.amountRequested())
                            .amountAwarded(new BigDecimal(awarded))
                            .counterpartValue(in.counterpartValue())
                            .counterpartDescription(in.counterpartDescription())
                            .dates(dates)
                            .extensionGranted(false)
                            .build());
            u = commitments.changeStatus(u.id(), u.version(), CommitmentStatus.REQUESTED);
            return commitments.changeStatus(u.id(), u.version(), CommitmentStatus.AWARDED);
        });
    }
}
