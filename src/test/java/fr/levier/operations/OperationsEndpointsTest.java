package fr.levier.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Monitoring: readiness includes the database; Prometheus metrics (request times, imports, sends) are
 * for METRICS tokens and admins whose account needs no second factor; the RGPD register is generated from configuration (its durations are the settings).
 */
@IntegrationTest
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    RgpdRegisterService register;

    @Autowired
    AsUser as;

    @Autowired
    fr.levier.security.ApiTokenService tokens;

    @Autowired
    fr.levier.security.TwoFactorService twoFactor;

    @Test
    void readinessChecksTheDatabaseAndLivenessDoesNot() {
        ApiClient admin = new ApiClient(port).basic("admin", "levier-demo-2026");
        var readiness = admin.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"").contains("\"UP\"");
        assertThat(admin.get("/actuator/health/liveness").body()).doesNotContain("\"db\"");
        // public, without details, for load balancers
        assertThat(new ApiClient(port).get("/actuator/health/readiness").statusCode())
                .isEqualTo(200);
    }

    @Test
    void prometheusShowsRequestTimesToAdminsOnly() throws Exception {
        new ApiClient(port).basic("viewer", "levier-demo-2026").get("/api/me");
        var scrape = scrape("admin");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("application=\"levier\"");
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("viewer").statusCode()).isEqualTo(403);
    }

    @Test
    void aMetricsTokenReadsTheMetricsAndNothingElse() throws Exception {
        String metrics = as.call(
                        "admin",
                        () -> tokens.create(
                                "Prometheus " + System.nanoTime(),
                                "viewer",
                                null,
                                fr.levier.security.ApiTokenScope.METRICS))
                .secret();
        ApiClient prometheus = new ApiClient(port).bearer(metrics);

        var scrape = scrapeWith("Bearer " + metrics);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("http_server_requests_seconds_bucket");
        assertThat(prometheus.get("/actuator/metrics").statusCode()).isEqualTo(200);
        // nothing else: not the other actuator endpoints, not the API (it does not act as its owner)
        assertThat(prometheus.get("/actuator/loggers").statusCode()).isEqualTo(403);
        assertThat(prometheus.get("/api/me").statusCode()).isEqualTo(401);
        // and an API token does not open the metrics
        String api = as.call("admin", () -> tokens.create("API " + System.nanoTime(), "admin", null))
                .secret();
        assertThat(scrapeWith("Bearer " + api).statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicDoesNotOpenTheMetricsToAnAdminWhoMustUseTwoFactor() throws Exception {
        assertThat(scrape("admin").statusCode()).isEqualTo(200);
        as.run("admin", () -> twoFactor.setMandatory(true));
        try {
            // the demo admin has not enrolled yet: Basic would skip the second factor the rule demands
            assertThat(scrape("admin").statusCode()).isEqualTo(401);
            assertThat(new ApiClient(port)
                            .basic("admin", "levier-demo-2026")
                            .get("/api/me")
                            .statusCode())
                    .isEqualTo(401);
            // officers are not concerned by the rule
            assertThat(new ApiClient(port)
                            .basic("officer", "levier-demo-2026")
                            .get("/api/me")
                            .statusCode())
                    .isEqualTo(200);
        } finally {
            as.run("admin", () -> twoFactor.setMandatory(false));
        }
        assertThat(scrape("admin").statusCode()).isEqualTo(200);
    }

    /** GET /actuator/prometheus as Prometheus does (text format), as that user or anonymously. */
    private java.net.http.HttpResponse<String> scrape(String user) throws Exception {
        return scrapeWith(
                user == null
                        ? null
                        : "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((user + ":levier-demo-2026")
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** GET /actuator/prometheus in the text format, with that Authorization header (or none). */
    private java.net.http.HttpResponse<String> scrapeWith(String authorization) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/prometheus"))
                .header("Accept", "text/plain");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRgpdRegisterComesFromConfigurationWithTheDurationsInForce() {
        RgpdRegister r = as.call("admin", () -> register.register());
        assertThat(r.processings()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(r.processings()).allSatisfy(p -> {
            assertThat(p.name()).isNotBlank();
            assertThat(p.purpose()).isNotBlank();
            assertThat(p.legalBasis()).isNotBlank();
            assertThat(p.retention()).isNotBlank();
            assertThat(p.data()).isNotEmpty();
            assertThat(p.access()).isNotEmpty().allMatch(role -> role.matches("ADMIN|OFFICER|FINANCE|VIEWER"));
        });
        // the retention sentence carries the configured settings, not a copy typed by hand
        assertThat(r.processings().get(0).retention()).contains("P3Y");
        assertThat(r.processings().get(3).retention()).contains("30m").contains("10h");
    }
}
