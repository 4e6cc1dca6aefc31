package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import fr.levier.shared.StaleRecordException;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lost updates (issue 10): every update of a record requires the version the client read. Without it:
 * 400 naming {@code version}; with a stale one: 409 saying who saved the record and when; with the
 * right one: 200. One row per update endpoint of the CRM (the funding and newsletter ones are covered
 * by FundingApiTest, MoneyApiTest and CampaignApiTest).
 */
@IntegrationTest
class VersionRequiredApiTest {

    private static final String PASSWORD = SecurityDemoData.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /**
     * One update endpoint.
     *
     * @param name    what it updates
     * @param create  creates the record (the officer client), returns its id
     * @param update  sends the update for an id and a version ({@code null}: none)
     */
    record Endpoint(String name, Function<ApiClient, Long> create, TriCall update) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Sends an update. */
    interface TriCall {
        HttpResponse<String> send(ApiClient client, long id, Long version);
    }

    private static long id(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
    }

    private static String versionField(Long version) {
        return version == null ? "" : ",\"version\":" + version;
    }

    private static String versionParam(Long version) {
        return version == null ? "" : "?version=" + version;
    }

    private static long partner(ApiClient c) {
        return id(c.post(
                "/api/partners",
                "{\"name\":\"Version " + unique() + "\",\"type\":\"ASSOCIATION\",\"investInRomans\":false}"));
    }

    static Stream<Endpoint> endpoints() {
        BiFunction<String, String, String> project =
                (code, name) -> "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"status\":\"IDEA\"}";
        return Stream.of(
                new Endpoint(
                        "partner",
                        VersionRequiredApiTest::partner,
                        (c, id, v) -> c.put(
                                "/api/partners/" + id,
                                "{\"name\":\"Version relue " + id
                                        + "\",\"type\":\"ASSOCIATION\",\"investInRomans\":false" + versionField(v)
                                        + "}")),
                new Endpoint(
                        "partner public money",
                        VersionRequiredApiTest::partner,
                        (c, id, v) -> c.put(
                                "/api/partners/" + id + "/public-money",
                                "{\"publicMoney\":false" + versionField(v) + "}")),
                new Endpoint(
                        "contact",
                        c -> id(c.post(
                                "/api/contacts?force=true",
                                "{\"lastName\":\"Version " + unique() + "\",\"doNotContact\":false}")),
                        (c, id, v) -> c.put(
                                "/api/contacts/" + id,
                                "{\"lastName\":\"Relue\",\"doNotContact\":false" + versionField(v) + "}")),
                new Endpoint(
                        "segment",
                        c -> id(
                                c.post(
                                        "/api/segments",
                                        "{\"name\":\"Version " + unique()
                                                + "\",\"criteria\":{\"town\":\"Die\",\"investInRomansOnly\":false,\"consentOnly\":false}}")),
                        (c, id, v) -> c.put(
                                "/api/segments/" + id + versionParam(v),
                                "{\"name\":\"Relu " + id
                                        + "\",\"criteria\":{\"town\":\"Crest\",\"investInRomansOnly\":false,\"consentOnly\":false}}")),
                new Endpoint(
                        "project",
                        c -> id(c.post("/api/projects", project.apply("V-" + unique(), "Version"))),
                        (c, id, v) -> c.put("/api/projects/" + id + versionParam(v), project.apply("V-" + id, "Relu"))),
                new Endpoint(
                        "task",
                        c -> id(c.post(
                                "/api/tasks", "{\"title\":\"Version\",\"assignee\":\"officer\",\"done\":false}")),
                        (c, id, v) -> c.put(
                                "/api/tasks/" + id + versionParam(v),
                                "{\"title\":\"Relue\",\"assignee\":\"officer\",\"done\":true}")),
                new Endpoint(
                        "interaction",
                        c -> id(c.post(
                                "/api/interactions",
                                "{\"partnerId\":" + partner(c)
                                        + ",\"kind\":\"CALL\",\"occurredOn\":\"2026-01-10\",\"subject\":\"Version\"}")),
                        (c, id, v) -> c.put(
                                "/api/interactions/" + id + versionParam(v),
                                "{\"partnerId\":0,\"kind\":\"CALL\",\"occurredOn\":\"2026-01-11\",\"subject\":\"Relue\"}")),
                new Endpoint(
                        "commitment",
                        c -> id(c.post(
                                "/api/commitments",
                                "{\"partnerId\":" + partner(c)
                                        + ",\"title\":\"Version\",\"kind\":\"GRANT\",\"amountRequested\":1000.00}")),
                        (c, id, v) -> {
                            long partner = ((Number) JsonPath.read(
                                            c.get("/api/commitments/" + id).body(), "$.partnerId"))
                                    .longValue();
                            return c.put(
                                    "/api/commitments/" + id + versionParam(v),
                                    "{\"partnerId\":" + partner
                                            + ",\"title\":\"Relue\",\"kind\":\"GRANT\",\"amountRequested\":900.00}");
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUpdateNeedsTheVersionItReadAndAStaleOneIsA409SayingWhoAndWhen(Endpoint endpoint) {
        ApiClient officer = officer();
        long id = endpoint.create().apply(officer);

        HttpResponse<String> none = endpoint.update().send(officer, id, null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
        Map<String, Object> errors = JsonPath.read(none.body(), "$.fieldErrors");
        assertThat(errors).as(none.body()).containsKey("version");

        HttpResponse<String> stale = endpoint.update().send(officer, id, 7L);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat((String) JsonPath.read(stale.body(), "$.updatedBy")).isEqualTo("officer");
        assertThat((String) JsonPath.read(stale.body(), "$.updatedAt")).isNotBlank();

        HttpResponse<String> right = endpoint.update().send(officer, id, 0L);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        HttpResponse<String> again = endpoint.update().send(officer, id, 0L);
        assertThat(again.statusCode())
                .as("the version read before the last save")
                .isEqualTo(409);
    }

    @Test
    void aUserIsUpdatedWithTheVersionItReadAndAStaleOneSaysWhoAndWhen() {
        String login = "ver" + unique();
        UserSummary created = as.call(
                "admin", () -> users.create(new NewUser(login, "Version", null, Role.VIEWER, "Rhubarbe-Cadran-Ocre")));
        as.call("admin", () -> users.update(created.id(), created.version(), "Version relue", null, Role.VIEWER, true));
        assertThatThrownBy(() -> as.call(
                        "admin",
                        () -> users.update(created.id(), created.version(), "Écrasée", null, Role.VIEWER, true)))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.getUpdatedBy()).isEqualTo("admin");
                    assertThat(e.getUpdatedAt()).isNotNull();
                });
        assertThat(as.call("admin", () -> users.get(created.id()).orElseThrow().fullName()))
                .isEqualTo("Version relue");
    }
}
