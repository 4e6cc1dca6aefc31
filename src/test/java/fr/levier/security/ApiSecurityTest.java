package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The API's own security chain, over real HTTP: tokens, Basic, roles, JSON errors; actuator and docs. */
@IntegrationTest
class ApiSecurityTest {

    private static final String PASSWORD = SecurityDemoData.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = new ApiClient(port);
    }

    @Test
    void anonymousCallsGetAJson401WithoutRedirect() {
        var response = anonymous.get("/api/me");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(response.body()).contains("Authenticate with an API token");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void basicAuthenticationActsWithTheUsersExpandedRoles() {
        var response = anonymous.basic("officer", PASSWORD).get("/api/me");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"username\":\"officer\"")
                .contains("\"OFFICER\"")
                .contains("\"VIEWER\"")
                .doesNotContain("\"ADMIN\"");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThat(anonymous
                        .basic("officer", "wrong-password-123")
                        .get("/api/me")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTokenWorksUntilRevoked() {
        CreatedApiToken created = as.call(
                "admin",
                () -> tokens.create(
                        "Export vers la comptabilité",
                        "finance",
                        LocalDate.now().plusDays(30)));
        assertThat(created.secret()).startsWith("lev_");
        ApiClient client = anonymous.bearer(created.secret());

        var me = client.get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"finance\"").contains("\"FINANCE\"");

        as.run("admin", () -> tokens.revoke(created.token().id()));
        assertThat(client.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(anonymous.bearer("lev_not-a-real-token").get("/api/me").statusCode())
                .isEqualTo(401);
    }

    @Test
    void onlyStoresTheHashOfTheSecret() throws NoSuchAlgorithmException {
        CreatedApiToken created = as.call("admin", () -> tokens.create("Hash check", "viewer", null));
        assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 10));

        Map<String, Object> row = jdbc.queryForMap(
                "select * from api_token where id = ?", created.token().id());
        assertThat(row.get("token_hash")).isEqualTo(sha256Hex(created.secret()));
        assertThat(row.values()).as("no column holds the secret").noneSatisfy(value -> assertThat(String.valueOf(value))
                .contains(created.secret()));
    }

    @Test
    void aRoleBelowTheRuleGetsAJson403() {
        var response = anonymous.basic("viewer", PASSWORD).get("/api/users");
        assertThat(response.statusCode()).isEqualTo(403);
        // no Accept-Language: the product's language, French
        assertThat(response.body()).contains("Votre rôle ne permet pas cette opération.");
    }

    @Test
    void invalidInputGetsFieldErrors() {
        var response = anonymous
                .basic("admin", PASSWORD)
                .post(
                        "/api/users",
                        "{\"username\":\"x\",\"fullName\":\"\",\"role\":\"OFFICER\",\"password\":\"short\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("fieldErrors")
                .contains("\"username\"")
                .contains("\"fullName\"")
                .contains("\"password\"");
    }

    @Test
    void partnersArePagedForViewers() {
        String name = "Région Test " + System.nanoTime();
        var created = anonymous
                .basic("officer", PASSWORD)
                .post(
                        "/api/partners",
                        "{\"name\":\"" + name + "\",\"type\":\"REGION\",\"town\":\"Lyon\",\"investInRomans\":false}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var response = anonymous
                .basic("viewer", PASSWORD)
                .get("/api/partners?size=5&sort=name&type=REGION&q=" + name.replace(" ", "+"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"name\":\"" + name + "\"")
                .contains("\"size\":5")
                .contains("\"totalElements\":1");
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreAdminOnly() {
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(anonymous.basic("officer", PASSWORD).get("/actuator/metrics").statusCode())
                .isEqualTo(403);
        assertThat(anonymous.basic("admin", PASSWORD).get("/actuator/metrics").statusCode())
                .isEqualTo(200);
    }

    @Test
    void openApiDocumentsTheApi() {
        var response = anonymous.get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"openapi\":\"3.1")
                .contains("/api/partners")
                .contains("/api/me");
    }

    @Test
    void unauthenticatedBrowserRequestsAreSentToTheLoginPage() {
        var response = anonymous.get("/partners");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
    }

    private static String sha256Hex(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
