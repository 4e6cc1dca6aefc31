package fr.levier.funding.testsupport;

import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.DossierDates;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.testsupport.AsUser;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.domain.PageRequest;
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

    /** @return the id of a demo partner of that type */
    public long partner(PartnerType type) {
        return as.call("viewer", () -> partners.find(new PartnerFilter(null, type, null), PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id());
    }

    /** @return the id of a programme by code */
    public Long programme(String code) {
        return as.call("viewer", () -> commitments.programmes().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id());
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
