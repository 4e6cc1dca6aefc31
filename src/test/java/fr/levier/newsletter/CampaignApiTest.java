package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code /api/campaigns} over real HTTP: the stable contract (create → 201 with id, send → 202, status
 * and counts), scheduling, problem documents for bad input, stale versions, forbidden roles.
 */
@IntegrationTest
class CampaignApiTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient as(String user) {
        return new ApiClient(port).basic(user, PASSWORD);
    }

    private JsonNode body(HttpResponse<String> r) {
        return json.readTree(r.body());
    }

    @Test
    void createSendAndPollAsScriptsDo() {
        Audience a = fixtures.audience("API");
        a.consenting("Api1");
        a.consenting("Api2");
        HttpResponse<String> created = as("officer")
                .post(
                        "/api/campaigns",
                        "{\"subject\":\"Lettre API\",\"html\":\"<p>Bonjour {{prenom}}</p><script>x()</script>\","
                                + "\"segmentId\":" + a.segmentId() + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = body(created).path("id").asLong();
        assertThat(body(created).path("status").asString()).isEqualTo("DRAFT");
        assertThat(body(created).path("html").asString()).isEqualTo("<p>Bonjour {{prenom}}</p>");

        JsonNode audience = body(as("viewer").get("/api/campaigns/" + id + "/audience"));
        assertThat(audience.path("recipients").asLong()).isEqualTo(2);
        JsonNode preview = body(as("viewer").get("/api/campaigns/" + id + "/preview"));
        assertThat(preview.path("html").asString()).contains("Bonjour");

        HttpResponse<String> send = as("officer").post("/api/campaigns/" + id + "/send", "");
        assertThat(send.statusCode()).isEqualTo(202);
        assertThat(body(send).path("status").asString()).isEqualTo("SENDING");
        assertThat(body(send).path("recipients").asLong()).isEqualTo(2);
        dispatcher.drain(10);

        JsonNode status = body(as("viewer").get("/api/campaigns/" + id));
        assertThat(status.path("status").asString()).isEqualTo("SENT");
        assertThat(status.path("recipients").asLong()).isEqualTo(2);
        assertThat(status.path("sent").asLong()).isEqualTo(2);
        assertThat(status.path("failed").asLong()).isZero();
        assertThat(status.path("suppressed").asLong()).isZero();
        JsonNode recipients = body(as("viewer").get("/api/campaigns/" + id + "/recipients?status=SENT"));
        assertThat(recipients.path("content").size()).isEqualTo(2);

        HttpResponse<String> again = as("officer").post("/api/campaigns/" + id + "/send", "");
        assertThat(again.statusCode()).isEqualTo(422);
        HttpResponse<String> edit = as("officer")
                .put(
                        "/api/campaigns/" + id + "?version="
                                + status.path("version").asLong(),
                        "{\"subject\":\"Autre\"}");
        assertThat(edit.statusCode()).isEqualTo(422);
        HttpResponse<String> copy = as("officer").post("/api/campaigns/" + id + "/duplicate", "");
        assertThat(copy.statusCode()).isEqualTo(201);
        assertThat(body(copy).path("status").asString()).isEqualTo("DRAFT");
        assertThat(body(copy).path("subject").asString()).isEqualTo("Copie de Lettre API");
    }

    @Test
    void aScheduledCampaignWaitsForItsTime() {
        Audience a = fixtures.audience("Programme");
        a.consenting("Sched");
        long id = body(as("officer")
                        .post(
                                "/api/campaigns",
                                "{\"subject\":\"Plus tard\",\"html\":\"<p>Bientôt</p>\",\"segmentId\":" + a.segmentId()
                                        + "}"))
                .path("id")
                .asLong();
        HttpResponse<String> past =
                as("officer").post("/api/campaigns/" + id + "/schedule", "{\"at\":\"2020-01-01T08:00:00Z\"}");
        assertThat(past.statusCode()).isEqualTo(422);
        assertThat(body(past).path("fieldErrors").path("scheduledAt").asString())
                .contains("à venir");

        Instant at = Instant.now().plusSeconds(3600);
        HttpResponse<String> scheduled =
                as("officer").post("/api/campaigns/" + id + "/schedule", "{\"at\":\"" + at + "\"}");
        assertThat(scheduled.statusCode()).isEqualTo(202);
        assertThat(body(scheduled).path("status").asString()).isEqualTo("SCHEDULED");
        dispatcher.drain(5);
        assertThat(body(as("viewer").get("/api/campaigns/" + id)).path("sent").asLong())
                .isZero();

        // an hour later
        java.sql.Timestamp past1 = java.sql.Timestamp.from(Instant.now().minusSeconds(1));
        jdbc.update("update campaign set scheduled_at = ? where id = ?", past1, id);
        jdbc.update("update campaign_recipient set next_attempt_at = ? where campaign_id = ?", past1, id);
        dispatcher.drain(5);
        JsonNode done = body(as("viewer").get("/api/campaigns/" + id));
        assertThat(done.path("status").asString()).isEqualTo("SENT");
        assertThat(done.path("sent").asLong()).isEqualTo(1);
    }

    @Test
    void badInputStaleVersionsAndRolesGetTheirProblemDocuments() {
        HttpResponse<String> blank = as("officer").post("/api/campaigns", "{\"subject\":\" \",\"html\":\"<p>x</p>\"}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(body(blank).path("fieldErrors").has("subject")).isTrue();
        HttpResponse<String> noSegment = as("officer")
                .post("/api/campaigns", "{\"subject\":\"x\",\"html\":\"<p>x</p>\",\"segmentId\":987654321}");
        assertThat(noSegment.statusCode()).isEqualTo(422);
        assertThat(body(noSegment).path("fieldErrors").has("segmentId")).isTrue();
        assertThat(as("viewer")
                        .post("/api/campaigns", "{\"subject\":\"x\",\"html\":\"<p>x</p>\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(as("viewer").get("/api/campaigns/987654321").statusCode()).isEqualTo(404);

        long id = body(as("officer").post("/api/campaigns", "{\"subject\":\"v\",\"html\":\"<p>x</p>\"}"))
                .path("id")
                .asLong();
        HttpResponse<String> stale = as("officer").put("/api/campaigns/" + id + "?version=7", "{\"subject\":\"w\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }
}
