package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.AffiliationDraft;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactService;
import fr.levier.partner.PartnerType;
import fr.levier.partner.SegmentCriteria;
import fr.levier.partner.SegmentService;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the partner module asks funding: segments of the funders of a project or of a programme (counts,
 * members, API), and links from interactions and tasks to a project and a commitment, refused when unknown.
 */
@IntegrationTest
class FundingLinksTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    CommitmentService commitments;

    @Autowired
    SegmentService segments;

    @Autowired
    ContactService contacts;

    @Autowired
    fr.levier.partner.InteractionService interactions;

    @Autowired
    fr.levier.partner.TaskService tasks;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private CommitmentDetails allocated(long partner, String programme, ProjectDetails project) {
        CommitmentDetails c =
                fx.awarded(partner, CommitmentKind.GRANT, programme, "10000.00", "10000.00", DossierDates.NONE);
        as.run(
                "officer",
                () -> commitments.allocate(new AllocationInput(c.id(), project.id(), new BigDecimal("10000.00"))));
        return c;
    }

    @Test
    void segmentsOfTheFundersOfAProjectAndOfAProgramme() {
        ProjectDetails project = fx.project("Segment financeurs", "500000.00");
        ProjectDetails other = fx.project("Autre projet", "500000.00");
        long dsilOnProject = fx.partner(PartnerType.STATE);
        long plainOnProject = fx.partner(PartnerType.REGION);
        long dsilElsewhere = fx.partner(PartnerType.STATE);
        allocated(dsilOnProject, "DSIL", project);
        allocated(plainOnProject, null, project);
        allocated(dsilElsewhere, "DSIL", other);
        Long dsil = fx.programme("DSIL");
        String mail = "financeur." + FundingFixtures.unique() + "@example.fr";
        long contact = as.call("officer", () -> contacts.create(ContactDraft.of("Lina", "Financeur", mail), true))
                .id();
        as.run(
                "officer",
                () -> contacts.affiliate(new AffiliationDraft(contact, dsilOnProject, "Chargée de mission", null)));

        SegmentCriteria funders = SegmentCriteria.NONE.withFunding(project.id(), null);
        assertThat(as.call("viewer", () -> segments.countPartners(funders))).isEqualTo(2);
        assertThat(as.call("viewer", () -> segments.countPartners(SegmentCriteria.NONE.withFunding(null, dsil))))
                .isGreaterThanOrEqualTo(2);
        SegmentCriteria both = SegmentCriteria.NONE.withFunding(project.id(), dsil);
        assertThat(as.call("viewer", () -> segments.countPartners(both))).isEqualTo(1);
        assertThat(as.call("viewer", () -> segments.membersOf(both, PageRequest.of(0, 10))
                        .getContent()))
                .extracting(m -> m.email())
                .containsExactly(mail);
        assertThat(as.call("viewer", () -> segments.countPartners(SegmentCriteria.NONE.withFunding(other.id(), null))))
                .isEqualTo(1);

        HttpResponse<String> created = officer()
                .post(
                        "/api/segments",
                        "{\"name\":\"Financeurs " + FundingFixtures.unique() + "\",\"criteria\":{\"projectId\":"
                                + project.id() + ",\"programmeId\":" + dsil
                                + ",\"investInRomansOnly\":false,\"consentOnly\":false}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode seg = json.readTree(created.body());
        assertThat(seg.path("partners").asLong()).isEqualTo(1);
        assertThat(seg.path("contacts").asLong()).isEqualTo(1);
        assertThat(seg.path("criteria").path("projectId").asLong()).isEqualTo(project.id());

        HttpResponse<String> unknown = officer()
                .post(
                        "/api/segments",
                        "{\"name\":\"Inconnu " + FundingFixtures.unique() + "\",\"criteria\":{\"projectId\":987654321,"
                                + "\"investInRomansOnly\":false,\"consentOnly\":false}}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknown.body())
                        .path("fieldErrors")
                        .path("criteria.projectId")
                        .asString())
                .contains("987654321");
    }

    @Test
    void interactionsAndTasksLinkToAProjectAndOneOfItsCommitments() {
        ProjectDetails project = fx.project("Liens", "500000.00");
        ProjectDetails other = fx.project("Liens autre", "500000.00");
        long partner = fx.partner(PartnerType.REGION);
        CommitmentDetails onProject = allocated(partner, null, project);
        CommitmentDetails elsewhere = allocated(partner, null, other);
        String base = "{\"partnerId\":" + partner + ",\"kind\":\"MEETING\",\"occurredOn\":\"" + LocalDate.now()
                + "\",\"subject\":\"Comité de suivi\"";

        HttpResponse<String> ok = officer()
                .post(
                        "/api/interactions",
                        base + ",\"projectId\":" + project.id() + ",\"commitmentId\":" + onProject.id() + "}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(json.readTree(ok.body()).path("commitmentId").asLong()).isEqualTo(onProject.id());

        HttpResponse<String> unknownProject = officer().post("/api/interactions", base + ",\"projectId\":987654321}");
        assertThat(unknownProject.statusCode()).isEqualTo(422);
        assertThat(json.readTree(unknownProject.body()).path("fieldErrors").has("projectId"))
                .isTrue();

        HttpResponse<String> notOnProject = officer()
                .post(
                        "/api/interactions",
                        base + ",\"projectId\":" + project.id() + ",\"commitmentId\":" + elsewhere.id() + "}");
        assertThat(notOnProject.statusCode()).isEqualTo(422);
        assertThat(json.readTree(notOnProject.body()).path("fieldErrors").has("commitmentId"))
                .isTrue();

        String task = "{\"title\":\"Relancer le versement\",\"assignee\":\"officer\",\"partnerId\":" + partner;
        HttpResponse<String> taskOk = officer()
                .post(
                        "/api/tasks",
                        task + ",\"projectId\":" + project.id() + ",\"commitmentId\":" + onProject.id()
                                + ",\"done\":false}");
        assertThat(taskOk.statusCode()).isEqualTo(201);
        assertThat(json.readTree(taskOk.body()).path("commitmentId").asLong()).isEqualTo(onProject.id());
        assertThat(as.call("viewer", () -> interactions.ofProject(project.id(), PageRequest.of(0, 10)))
                        .getContent())
                .as("the project page lists what is linked to it")
                .extracting(i -> i.subject())
                .containsExactly("Comité de suivi");
        assertThat(as.call("viewer", () -> tasks.ofProject(project.id())))
                .extracting(t -> t.title())
                .containsExactly("Relancer le versement");
        assertThat(as.call("viewer", () -> tasks.ofProject(other.id()))).isEmpty();
        HttpResponse<String> taskBad =
                officer().post("/api/tasks", task + ",\"commitmentId\":987654321,\"done\":false}");
        assertThat(taskBad.statusCode()).isEqualTo(422);
        assertThat(json.readTree(taskBad.body()).path("fieldErrors").has("commitmentId"))
                .isTrue();
    }
}
