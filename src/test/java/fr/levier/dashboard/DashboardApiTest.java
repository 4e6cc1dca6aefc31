package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/dashboard} and the targets endpoints over real HTTP with real roles. */
@IntegrationTest
class DashboardApiTest {

    private static final String PASSWORD = "levier-demo-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ScorecardService scorecard;

    @Autowired
    AsUser as;

    @Autowired
    Clock clock;

    private ApiClient viewer;
    private ApiClient admin;
    private int year;

    @BeforeEach
    void clients() {
        viewer = new ApiClient(port).basic("viewer", PASSWORD);
        admin = new ApiClient(port).basic("admin", PASSWORD);
        year = LocalDate.now(clock).getYear() + 50; // a year no other test touches
    }

    @AfterEach
    void removeTargets() {
        as.run("admin", () -> scorecard.setTarget(IndicatorKey.LEVERAGE, year, null));
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    @Test
    void returnsEveryIndicatorWithPerspectiveKeyValueTargetAndTrend() {
        HttpResponse<String> r = viewer.get("/api/dashboard");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("indicators")).hasSize(IndicatorKey.values().length);
        JsonNode partners = null;
        for (JsonNode i : body.get("indicators")) {
            assertThat(i.has("perspective") && i.has("key") && i.has("value") && i.has("target") && i.has("trend"))
                    .isTrue();
            if (i.get("key").asString().equals("partners.active")) {
                partners = i;
            }
        }
        assertThat(partners).isNotNull();
        assertThat(partners.get("perspective").asString()).isEqualTo("PARTNERS");
        assertThat(partners.get("trend")).hasSize(12);
        assertThat(partners.get("link").asString()).isEqualTo("/partners?status=ACTIVE");
        BigDecimal expected = as.call(
                "viewer",
                () -> scorecard.scorecard().get(IndicatorKey.PARTNERS_ACTIVE).value());
        assertThat(partners.get("value").decimalValue()).isEqualByComparingTo(expected);
    }

    @Test
    void filtersByPerspectiveAndComputesAtAGivenDate() {
        JsonNode body = json(viewer.get("/api/dashboard?perspective=LEARNING&date=2020-06-30"));
        assertThat(body.get("year").asInt()).isEqualTo(2020);
        assertThat(body.get("asOf").asString()).isEqualTo("2020-06-30");
        assertThat(body.get("indicators")).hasSize(3);
        assertThat(body.get("indicators")
                        .get(0)
                        .get("trend")
                        .get(11)
                        .get("period")
                        .asString())
                .isEqualTo("2020-06");
        HttpResponse<String> bad = viewer.get("/api/dashboard?perspective=NOPE");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    }

    @Test
    void adminsSetTargetsOthersAreRefusedAndBadInputIsAProblem() {
        String path = "/api/dashboard/targets/" + year + "/leverage";
        HttpResponse<String> refused = viewer.put(path, "{\"value\": 5}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).get("status").asInt()).isEqualTo(403);

        assertThat(admin.put(path, "{\"value\": 5.25}").statusCode()).isEqualTo(204);
        assertThat(json(viewer.get("/api/dashboard/targets/" + year))
                        .get("leverage")
                        .decimalValue())
                .isEqualByComparingTo("5.25");
        JsonNode leverage = null;
        for (JsonNode i : json(viewer.get("/api/dashboard?perspective=FINANCIAL&date=" + year + "-01-01"))
                .get("indicators")) {
            if (i.get("key").asString().equals("leverage")) {
                leverage = i;
            }
        }
        assertThat(leverage.get("target").decimalValue()).isEqualByComparingTo("5.25");

        HttpResponse<String> negative = admin.put(path, "{\"value\": -1}");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(json(negative).get("fieldErrors").toString()).contains("value");
        assertThat(admin.put("/api/dashboard/targets/" + year + "/nope", "{\"value\": 1}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.put("/api/dashboard/targets/1800/leverage", "{\"value\": 1}")
                        .statusCode())
                .isEqualTo(422);

        assertThat(admin.put(path, "{\"value\": null}").statusCode()).isEqualTo(204);
        assertThat(json(viewer.get("/api/dashboard/targets/" + year)).has("leverage"))
                .isFalse();
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(new ApiClient(port).get("/api/dashboard").statusCode()).isEqualTo(401);
    }
}
