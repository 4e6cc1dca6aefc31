package fr.levier.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.Fixtures;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** What a client of the API can rely on: named field errors, one conflict document, its language, money, schemas. */
@IntegrationTest
class ApiContractTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    private long newPartner(String label) {
        HttpResponse<String> r = officer()
                .post(
                        "/api/partners?force=true",
                        "{\"name\":\"" + Fixtures.name(label)
                                + "\",\"type\":\"COMPANY\",\"town\":\"Die\",\"investInRomans\":false}");
        assertThat(r.statusCode()).isEqualTo(201);
        return body(r).path("id").asLong();
    }

    @Test
    void aMissingPrimitiveFieldIsNamedInA400() {
        HttpResponse<String> r = officer()
                .language("en")
                .post("/api/partners", "{\"name\":\"" + Fixtures.name("No flag") + "\",\"type\":\"COMPANY\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).path("fieldErrors").path("investInRomans").asString())
                .isEqualTo("required");
    }

    @Test
    void aMistypedFieldIsNamedInA400() {
        HttpResponse<String> r = officer()
                .language("fr")
                .post(
                        "/api/partners",
                        "{\"name\":\"" + Fixtures.name("Typo")
                                + "\",\"type\":\"COMPANY\",\"investInRomans\":\"peut-être\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(body(r).path("fieldErrors").path("investInRomans").asString())
                .isEqualTo("type ou format invalide");
        HttpResponse<String> status =
                officer().post("/api/commitments/1/status", "{\"status\":\"AWARDED\",\"version\":\"v1\"}");
        assertThat(status.statusCode()).isEqualTo(400);
        assertThat(body(status).path("fieldErrors").has("version")).isTrue();
    }

    @Test
    void partnersContactsAndSegmentsAnswerTheSameConflictDocumentWithWhoAndWhen() {
        List<JsonNode> conflicts = new ArrayList<>();

        long partner = newPartner("Conflit");
        String partnerJson = "{\"name\":\"" + Fixtures.name("Conflit bis")
                + "\",\"type\":\"COMPANY\",\"town\":\"Die\",\"investInRomans\":false,\"version\":0}";
        assertThat(officer().put("/api/partners/" + partner, partnerJson).statusCode())
                .isEqualTo(200);
        conflicts.add(expectConflict(officer().put("/api/partners/" + partner, partnerJson)));

        HttpResponse<String> c = officer()
                .post(
                        "/api/contacts?force=true",
                        "{\"lastName\":\"" + Fixtures.name("Conflit") + "\",\"doNotContact\":false}");
        assertThat(c.statusCode()).isEqualTo(201);
        long contact = body(c).path("id").asLong();
        String contactJson = "{\"lastName\":\"Autre\",\"doNotContact\":false,\"version\":0}";
        assertThat(officer().put("/api/contacts/" + contact, contactJson).statusCode())
                .isEqualTo(200);
        conflicts.add(expectConflict(officer().put("/api/contacts/" + contact, contactJson)));

        String segmentJson = "{\"name\":\"" + Fixtures.name("Conflit")
                + "\",\"criteria\":{\"town\":\"Die\",\"investInRomansOnly\":false,\"consentOnly\":false}}";
        HttpResponse<String> s = officer().post("/api/segments", segmentJson);
        assertThat(s.statusCode()).isEqualTo(201);
        long segment = body(s).path("id").asLong();
        assertThat(officer()
                        .put("/api/segments/" + segment + "?version=0", segmentJson.replace("Die", "Crest"))
                        .statusCode())
                .isEqualTo(200);
        conflicts.add(expectConflict(officer().put("/api/segments/" + segment + "?version=0", segmentJson)));

        for (JsonNode conflict : conflicts) {
            assertThat(conflict.path("type").asString()).isEqualTo("https://levier.fr/problems/conflict");
            assertThat(conflict.path("updatedBy").asString()).isEqualTo("officer");
            assertThat(conflict.path("updatedAt").asString()).isNotBlank();
        }
        officer().delete("/api/segments/" + segment);
        officer().delete("/api/contacts/" + contact);
        officer().delete("/api/partners/" + partner);
    }

    private JsonNode expectConflict(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
        return body(r);
    }

    @Test
    void fundingErrorsFollowAcceptLanguage() {
        String unknownPartner =
                "{\"partnerId\":-42,\"title\":\"Langue\",\"kind\":\"GRANT\",\"amountRequested\":1000.00}";
        HttpResponse<String> en = officer().language("en").post("/api/commitments", unknownPartner);
        HttpResponse<String> fr = officer().language("fr-FR").post("/api/commitments", unknownPartner);
        assertThat(en.statusCode()).isEqualTo(422);
        assertThat(body(en).path("detail").asString()).isEqualTo("This partner does not exist.");
        assertThat(body(fr).path("detail").asString()).isEqualTo("Ce partenaire n’existe pas.");
    }

    @Test
    void moneyIsWrittenWithTwoDecimals() {
        long partner = newPartner("Deux décimales");
        HttpResponse<String> created = officer()
                .post(
                        "/api/commitments",
                        "{\"partnerId\":" + partner
                                + ",\"title\":\"Deux décimales\",\"kind\":\"GRANT\",\"amountRequested\":196000}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"amountRequested\":196000.00").doesNotContain("196000.0,");
        officer().delete("/api/commitments/" + body(created).path("id").asLong());
        officer().delete("/api/partners/" + partner);
    }

    @Test
    void theOpenApiDocumentMarksRequiredFieldsAndNamesEachSchemaOnce() {
        JsonNode schemas =
                body(officer().get("/v3/api-docs")).path("components").path("schemas");
        assertThat(texts(schemas.path("PartnerDraft").path("required"))).contains("name", "type", "investInRomans");
        assertThat(texts(schemas.path("StatusChange").path("required"))).contains("status", "version");
        assertThat(texts(schemas.path("SegmentCriteria").path("required")))
                .contains("investInRomansOnly", "consentOnly");
        assertThat(schemas.path("FinancingPlan")
                        .path("properties")
                        .path("floor")
                        .path("$ref")
                        .asString())
                .endsWith("/SelfFinancingFloorResult");
        assertThat(schemas.path("SelfFinancingFloorResult").path("properties").has("counterpartPct"))
                .isFalse();
        assertThat(schemas.path("MecenatCheckResult").path("properties").has("counterpartPct"))
                .isTrue();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
