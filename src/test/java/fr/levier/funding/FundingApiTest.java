package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API of projects and funding over real HTTP: same rules and messages as the screens. */
@IntegrationTest
class FundingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    FundingFixtures fx;

    ApiClient officer;
    ApiClient viewer;
    ApiClient finance;

    @BeforeEach
    void clients() {
        officer = new ApiClient(port).basic("officer", "levier-demo-2026");
        viewer = new ApiClient(port).basic("viewer", "levier-demo-2026");
        finance = new ApiClient(port).basic("finance", "levier-demo-2026");
    }

    private static Object read(HttpResponse<String> r, String path) {
        return JsonPath.read(r.body(), path);
    }

    private String project(String code, String city) {
        return """
                {"code":"%s","name":"Projet API %s","status":"APPROVED","totalCostExclTax":500000.00,"totalCostInclTax":600000.00,
                 "eligibleExpense":450000.00,"cityFunding":%s,"cityOwner":true}
                """.formatted(code, code, city);
    }

    @Test
    void aCommitmentSplitThroughTheApiShowsInTheFinancingPlanAndTheCeilingAnswers422() {
        String code = "API-" + FundingFixtures.unique();
        HttpResponse<String> p = officer.post("/api/projects", project(code, "20000.00"));
        assertThat(p.statusCode()).isEqualTo(201);
        int projectId = (Integer) read(p, "$.id");
        assertThat(viewer.get("/api/projects?q=" + code).body()).contains(code);

        long state = fx.partner(PartnerType.STATE);
        HttpResponse<String> c = officer.post("/api/commitments", """
                {"partnerId":%d,"programmeId":%d,"title":"DSIL API","kind":"GRANT","amountRequested":80000.00,"amountAwarded":80000.00,
                 "dates":{"notifiedOn":"2026-01-15","worksStartedOn":"2026-01-20"}}
                """.formatted(state, fx.programme("DSIL")));
        assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        int commitmentId = (Integer) read(c, "$.id");
        assertThat(read(c, "$.status")).isEqualTo("IDENTIFIED");

        HttpResponse<String> wrong =
                officer.post("/api/commitments/" + commitmentId + "/status", "{\"status\":\"CLOSED\",\"version\":0}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("non autorisé");
        HttpResponse<String> requested = officer.post(
                "/api/commitments/" + commitmentId + "/status", "{\"status\":\"REQUESTED\",\"version\":0}");
        int v = (Integer) read(requested, "$.version");
        assertThat(officer.post(
                                "/api/commitments/" + commitmentId + "/status",
                                "{\"status\":\"AWARDED\",\"version\":" + v + "}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> tooMuch = officer.post(
                "/api/allocations",
                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":80000.01}".formatted(commitmentId, projectId));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat((String) read(tooMuch, "$.fieldErrors.amount")).contains("dépasseraient le montant attribué");
        assertThat(officer.post(
                                "/api/allocations",
                                "{\"commitmentId\":%d,\"projectId\":%d,\"amount\":80000.00}"
                                        .formatted(commitmentId, projectId))
                        .statusCode())
                .isEqualTo(201);

        HttpResponse<String> plan = viewer.get("/api/projects/" + projectId + "/financing-plan");
        assertThat(plan.statusCode()).isEqualTo(200);
        assertThat(((Number) read(plan, "$.totals.awarded")).doubleValue()).isEqualTo(80000.00);
        assertThat(((Number) read(plan, "$.leverageAwarded")).doubleValue()).isEqualTo(4.00);
        assertThat(read(plan, "$.floor.status")).isEqualTo("MET");
        assertThat(((Number) read(plan, "$.floor.margin")).doubleValue()).isEqualTo(0.00);

        HttpResponse<String> advance = officer.post(
                "/api/claims?commitmentId=" + commitmentId,
                "{\"type\":\"ADVANCE\",\"amount\":24000.01,\"status\":\"DRAFT\"}");
        assertThat(advance.statusCode()).isEqualTo(422);
        assertThat(advance.body()).contains("2018-514");
        HttpResponse<String> ok = officer.post(
                "/api/claims?commitmentId=" + commitmentId,
                "{\"type\":\"ADVANCE\",\"amount\":24000.00,\"status\":\"SENT\",\"sentOn\":\"2026-02-01\",\"supportingDocuments\":[\"BANK_DETAILS\"]}");
        assertThat(ok.statusCode()).isEqualTo(201);
        int claimId = (Integer) read(ok, "$.id");
        assertThat(officer.post(
                                "/api/claims/" + claimId + "/payment?version=0",
                                "{\"cashedAmount\":24000.00,\"cashedOn\":\"2026-03-01\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(finance.post(
                                "/api/claims/" + claimId + "/payment?version=0",
                                "{\"cashedAmount\":24000.00,\"cashedOn\":\"2026-03-01\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(((Number) read(viewer.get("/api/projects/" + projectId + "/financing-plan"), "$.totals.cashed"))
                        .doubleValue())
                .isEqualTo(24000.00);
    }

    @Test
    void validationStaleVersionsAndRolesAnswerLikeTheRestOfTheApi() {
        String code = "API-" + FundingFixtures.unique();
        assertThat(viewer.post("/api/projects", project(code, "1000.00")).statusCode())
                .isEqualTo(403);
        HttpResponse<String> invalid =
                officer.post("/api/projects", "{\"code\":\"\",\"name\":\"x\",\"status\":\"IDEA\"}");
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.body()).contains("fieldErrors");
        HttpResponse<String> created = officer.post("/api/projects", project(code, "1000.00"));
        int id = (Integer) read(created, "$.id");
        assertThat(officer.post("/api/projects", project(code, "1000.00")).statusCode())
                .isEqualTo(422);
        assertThat(officer.put("/api/projects/" + id + "?version=0", project(code, "2000.00"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(officer.put("/api/projects/" + id + "?version=0", project(code, "3000.00"))
                        .statusCode())
                .isEqualTo(409);
        assertThat(viewer.get("/api/projects/999999999").statusCode()).isEqualTo(404);
        assertThat(viewer.get("/api/funding/deadlines").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/api/funding/portfolio").body()).contains("leverageAwarded");
        assertThat(officer.delete("/api/projects/" + id).statusCode()).isEqualTo(204);
    }

    @Test
    void theApiIsDocumentedInOpenApi() {
        String docs = viewer.get("/v3/api-docs").body();
        assertThat(docs)
                .contains("/api/projects/{id}/financing-plan", "/api/commitments", "/api/allocations", "/api/claims");
    }
}
