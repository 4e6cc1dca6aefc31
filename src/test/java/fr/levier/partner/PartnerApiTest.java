package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.importing.*;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The REST API over real HTTP: same validation and messages as the screens. */
@IntegrationTest
class PartnerApiTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    SegmentService segments;

    @Autowired
    PartnerService partnerService;

    @Autowired
    AsUser as;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    @Test
    void scrollReadsPartnersInNameOrderByKeysetWithTiesBrokenByIdAndRefusesABadCursor() {
        String word = Fixtures.name("Keyset").replace(" ", "").replace("-", "x");
        long[] ids = new long[5];
        String[] names = {word + " Alpha", word + " Beta", word + " Beta", word + " Delta", word + " Gamma"};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            ids[i] = as.call(
                            "officer",
                            () -> partnerService.create(PartnerDraft.of(name, PartnerType.COMPANY, "Valence"), true))
                    .id();
        }
        java.util.List<Long> seen = new java.util.ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            HttpResponse<String> page =
                    officer().get("/api/partners/scroll?size=2&q=" + word + (after == null ? "" : "&after=" + after));
            assertThat(page.statusCode()).isEqualTo(200);
            body(page).path("content").forEach(p -> seen.add(p.path("id").asLong()));
            JsonNode next = body(page).path("next");
            after = next.isNull() || next.isMissingNode() ? null : next.asString();
            pages++;
        } while (after != null && pages < 10);
        assertThat(seen).containsExactly(ids[0], ids[1], ids[2], ids[3], ids[4]);
        assertThat(pages).isEqualTo(3);

        HttpResponse<String> backwards = officer().get("/api/partners/scroll?size=3&descending=true&q=" + word);
        java.util.List<Long> reversed = new java.util.ArrayList<>();
        body(backwards).path("content").forEach(p -> reversed.add(p.path("id").asLong()));
        assertThat(reversed).containsExactly(ids[4], ids[3], ids[2]);
        HttpResponse<String> rest = officer()
                .get("/api/partners/scroll?size=3&descending=true&q=" + word + "&after="
                        + body(backwards).path("next").asString());
        java.util.List<Long> tail = new java.util.ArrayList<>();
        body(rest).path("content").forEach(p -> tail.add(p.path("id").asLong()));
        assertThat(tail).containsExactly(ids[1], ids[0]);
        assertThat(body(rest).path("next").isNull() || body(rest).path("next").isMissingNode())
                .isTrue();

        HttpResponse<String> bad = officer().get("/api/partners/scroll?after=%25%25not-a-cursor");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(body(bad).path("fieldErrors").has("after")).isTrue();
    }

    @Test
    void partnersCrudWithSiretCheckDuplicateWarningAndOptimisticLocking() {
        String name = Fixtures.name("API Orion");
        HttpResponse<String> bad = officer()
                .post(
                        "/api/partners",
                        "{\"name\":\"" + name
                                + "\",\"type\":\"COMPANY\",\"siret\":\"73282932000075\",\"town\":\"Valence\",\"investInRomans\":false}");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(body(bad).path("fieldErrors").path("siret").asString()).contains("SIRET");

        HttpResponse<String> created = officer()
                .post(
                        "/api/partners",
                        "{\"name\":\"" + name
                                + "\",\"type\":\"COMPANY\",\"town\":\"Valence\",\"investInRomans\":false}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = body(created).path("id").asLong();

        String twin = "{\"name\":\"" + name.toUpperCase()
                + " SAS\",\"type\":\"COMPANY\",\"town\":\"valence\",\"investInRomans\":false}";
        assertThat(officer().post("/api/partners", twin).statusCode()).isEqualTo(422);
        assertThat(officer().post("/api/partners?force=true", twin).statusCode())
                .isEqualTo(201);

        HttpResponse<String> read = officer().get("/api/partners/" + id);
        assertThat(body(read).path("name").asString()).isEqualTo(name);
        String update =
                "{\"name\":\"" + name + "\",\"type\":\"COMPANY\",\"town\":\"Die\",\"investInRomans\":true,\"version\":"
                        + body(read).path("version").asLong() + "}";
        assertThat(officer().put("/api/partners/" + id, update).statusCode()).isEqualTo(200);
        assertThat(officer().put("/api/partners/" + id, update).statusCode())
                .as("stale version")
                .isEqualTo(409);
        assertThat(body(officer().get("/api/partners?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                        .path("content")
                        .get(0)
                        .path("town")
                        .asString())
                .isEqualTo("Die");
        assertThat(new ApiClient(port)
                        .basic("viewer", PASSWORD)
                        .delete("/api/partners/" + id)
                        .statusCode())
                .isEqualTo(403);
        assertThat(officer().delete("/api/partners/" + id).statusCode()).isEqualTo(204);
        assertThat(officer().get("/api/partners/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void contactsInteractionsAndTasksThroughTheApi() {
        long partnerId = body(officer()
                        .post(
                                "/api/partners?force=true",
                                "{\"name\":\"" + Fixtures.name("API Contacts")
                                        + "\",\"type\":\"BANK\",\"town\":\"Die\",\"investInRomans\":false}"))
                .path("id")
                .asLong();
        String email = Fixtures.name("api").replace(' ', '.').toLowerCase() + "@example.fr";
        HttpResponse<String> c = officer()
                .post(
                        "/api/contacts",
                        "{\"firstName\":\"Nadia\",\"lastName\":\"Benali\",\"email\":\"" + email
                                + "\",\"phone\":\"04 75 00 11 22\",\"consentStatus\":\"GRANTED\",\"consentDate\":\"2026-01-05\",\"consentSource\":\"Salon\",\"doNotContact\":false}");
        assertThat(c.statusCode()).isEqualTo(201);
        assertThat(body(c).path("phone").asString()).isEqualTo("+33475001122");
        long contactId = body(c).path("id").asLong();
        assertThat(officer()
                        .post(
                                "/api/contacts",
                                "{\"lastName\":\"Autre\",\"email\":\"" + email + "\",\"doNotContact\":false}")
                        .statusCode())
                .isEqualTo(422);
        assertThat(officer()
                        .post("/api/contacts", "{\"lastName\":\"\",\"doNotContact\":false}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(officer()
                        .post(
                                "/api/contacts/affiliations",
                                "{\"contactId\":" + contactId + ",\"partnerId\":" + partnerId + ",\"role\":\"DAF\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(officer()
                        .post(
                                "/api/interactions",
                                "{\"partnerId\":" + partnerId
                                        + ",\"kind\":\"CALL\",\"occurredOn\":\"2026-01-15\",\"subject\":\"Appel\","
                                        + "\"contactIds\":[" + contactId + "],\"userParticipants\":[\"officer\"]}")
                        .statusCode())
                .isEqualTo(201);
        JsonNode timeline = body(officer().get("/api/interactions?contactId=" + contactId));
        assertThat(timeline.path("content").get(0).path("contactNames").get(0).asString())
                .isEqualTo("Nadia Benali");
        assertThat(officer()
                        .post(
                                "/api/tasks",
                                "{\"title\":\"Envoyer la convention\",\"dueDate\":\"2020-01-01\",\"assignee\":\"officer\",\"partnerId\":"
                                        + partnerId + ",\"done\":false}")
                        .statusCode())
                .isEqualTo(201);
        JsonNode mine = body(officer().get("/api/tasks?mine=true&open=true&size=500"));
        assertThat(mine.path("content").findValuesAsString("title")).contains("Envoyer la convention");
        boolean overdue = false;
        for (JsonNode t : mine.path("content")) {
            overdue |= t.path("title").asString().equals("Envoyer la convention")
                    && t.path("overdue").asBoolean();
        }
        assertThat(overdue).isTrue();
    }

    @Test
    void segmentMembersAreTheContactableCurrentContacts() {
        SegmentView s = as.call(
                "officer",
                () -> segments.create(new SegmentDraft(
                        Fixtures.name("Segment API"),
                        new SegmentCriteria(PartnerType.COMPANY, null, null, null, null, false, true))));
        JsonNode members = body(officer().get("/api/segments/" + s.id() + "/members?size=1000"));
        assertThat(members.path("page").path("totalElements").asLong())
                .isEqualTo(s.contacts())
                .isPositive();
        assertThat(members.path("content").findValuesAsString("consent")).containsOnly("GRANTED");
        assertThat(officer().get("/api/segments/999999/members").statusCode()).isEqualTo(404);
    }

    @Test
    void importThroughTheApiReportsThenApplies() throws Exception {
        String name = Fixtures.name("API Import");
        String csv = "Raison sociale;Commune;SIRET\n" + name + ";Valence;\nMauvais;Valence;123\n";
        HttpRequest upload = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/imports?target=PARTNERS&fileName=export.csv"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("officer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv.getBytes(TabularReader.WINDOWS_1252)))
                .build();
        HttpResponse<String> up = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());
        assertThat(up.statusCode()).isEqualTo(201);
        String id = body(up).path("id").asString();
        JsonNode report = body(officer().post("/api/imports/" + id + "/dry-run", ""));
        assertThat(report.path("creates").asInt()).isEqualTo(1);
        assertThat(report.path("rejects").asInt()).isEqualTo(1);
        JsonNode applied = body(officer().post("/api/imports/" + id + "/apply", ""));
        assertThat(applied.path("state").asString()).isEqualTo("DONE");
        assertThat(new ApiClient(port)
                        .basic("viewer", PASSWORD)
                        .get("/api/imports/" + id)
                        .statusCode())
                .isEqualTo(403);
        assertThat(new ApiClient(port)
                        .basic("admin", PASSWORD)
                        .get("/api/imports/" + id)
                        .statusCode())
                .as("jobs belong to their uploader")
                .isEqualTo(404);
    }
}
