package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The holes of the security probe (issue 10), over real HTTP: brute force, login CSRF, headers,
 * problem documents with their true status, upload limit, paging and sort rules, versions required
 * on updates, input rules, personal-data exports.
 */
@IntegrationTest
class HardeningApiTest {

    private static final String PASSWORD = SecurityDemoData.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private ApiClient api() {
        return new ApiClient(port);
    }

    /** A private address of its own, so that the address brake of one test does not touch another. */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 250) + "." + r.nextInt(1, 250) + "." + r.nextInt(1, 250);
    }

    private String newUser() {
        String login = "bf" + System.nanoTime() % 1_000_000_000L;
        as.call(
                "admin",
                () -> users.create(new NewUser(login, "Brute Force", null, Role.VIEWER, "Rhubarbe-Cadran-Ocre")));
        return login;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder basic(String path, String user, String password, String from) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("X-Forwarded-For", from);
    }

    private HttpRequest.Builder formLogin(String user, String password, String from) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password));
    }

    @Test
    void tenWrongPasswordsOnTheApiBrakeTheAccountWith429AndRetryAfter() throws Exception {
        String user = newUser();
        String from = address();
        for (int i = 0; i < 10; i++) {
            assertThat(send(basic("/api/me", user, "wrong-" + i, from)).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> right = send(basic("/api/me", user, "Rhubarbe-Cadran-Ocre", from));
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 15 * 60L));
        assertThat(right.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        // the account is braked from another address too; another account from the first address is not
        assertThat(send(basic("/api/me", user, "Rhubarbe-Cadran-Ocre", address()))
                        .statusCode())
                .isEqualTo(429);
        assertThat(send(basic("/api/me", "viewer", PASSWORD, from)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void tenWrongPasswordsOnTheFormSendBackToTheLoginPageWithTheWait() throws Exception {
        String user = newUser();
        String from = address();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> r = send(formLogin(user, "wrong-" + i, from));
            assertThat(r.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        }
        HttpResponse<String> right = send(formLogin(user, "Rhubarbe-Cadran-Ocre", from));
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).containsPattern("/login\\?throttled=\\d+"));
    }

    @Test
    void aCrossSiteLoginPostIsRefusedButASameSiteOneWorks() throws Exception {
        String from = address();
        HttpResponse<String> cross = send(formLogin("viewer", PASSWORD, from).header("Origin", "https://evil.example"));
        assertThat(cross.statusCode()).isEqualTo(403);
        assertThat(cross.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID") && !c.contains("Max-Age=0"));
        HttpResponse<String> same =
                send(formLogin("viewer", PASSWORD, from).header("Origin", "http://localhost:" + port));
        assertThat(same.statusCode()).isEqualTo(302);
        assertThat(same.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void theCityLogoIsPublicForTheLoginPage() throws Exception {
        HttpResponse<String> logo = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/city-logo")));
        // the logo itself when the city recorded one, else 404: never the login page's redirect
        assertThat(logo.statusCode()).isIn(200, 404);
        if (logo.statusCode() == 200) {
            assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
        }
        HttpResponse<String> screen =
                send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/partners")));
        assertThat(screen.statusCode()).isEqualTo(302);
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndTheSessionCookieIsLax() throws Exception {
        for (String path : new String[] {"/login", "/api/me", "/actuator/health"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(v ->
                            assertThat(v).contains("frame-ancestors 'none'").contains("object-src 'none'"));
            assertThat(r.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
        HttpResponse<String> login = send(formLogin("viewer", PASSWORD, address()));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID")
                .containsIgnoringCase("SameSite=Lax")
                .contains("HttpOnly"));
    }

    @Test
    void apiErrorsAreProblemDocumentsWithTheirTrueStatus() throws Exception {
        ApiClient admin = api().basic("admin", PASSWORD);
        var unknown = admin.get("/api/no-such-thing");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(unknown.body()).doesNotContain("<html").contains("\"status\":404");

        var wrongMethod = admin.put("/api/me", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"status\":405");
        assertThat(wrongMethod.headers().firstValue("Allow"))
                .hasValueSatisfying(a -> assertThat(a).contains("GET"));

        var wrongType = send(basic("/api/partners", "officer", PASSWORD, address())
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).contains("\"status\":415");

        var missingParam = admin.put("/api/tasks/1", "{}");
        assertThat(missingParam.statusCode()).isEqualTo(400);
        assertThat(missingParam.body()).contains("\"version\"");
    }

    @Test
    void anUploadAboveTheLimitIsRefusedWith413OnEveryPath() throws Exception {
        byte[] big = new byte[21 * 1024 * 1024];
        var raw = send(basic("/api/imports?target=PARTNERS&fileName=x.csv", "officer", PASSWORD, address())
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(raw.statusCode()).isEqualTo(413);
        assertThat(raw.body()).contains("20 Mo");
        // the message follows Accept-Language, for a declared length and for a chunked body alike
        var rawEnglish = send(basic("/api/imports?target=PARTNERS&fileName=x.csv", "officer", PASSWORD, address())
                .header("Content-Type", "text/csv")
                .header("Accept-Language", "en-GB,en;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(rawEnglish.statusCode()).isEqualTo(413);
        assertThat(rawEnglish.body()).contains("20 MB at most").doesNotContain("Mo");
        var chunkedEnglish = send(basic("/api/imports?target=PARTNERS&fileName=x.csv", "officer", PASSWORD, address())
                .header("Content-Type", "text/csv")
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(chunkedEnglish.statusCode()).isEqualTo(413);
        assertThat(chunkedEnglish.body()).contains("20 MB at most");

        String boundary = "levierboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var multipart = send(basic("/api/imports?target=PARTNERS", "officer", PASSWORD, address())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, big, tail))));
        assertThat(multipart.statusCode()).isEqualTo(413);
        // the screens' uploads go through the same filter
        var screen = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/dynamic/upload"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(screen.statusCode()).isEqualTo(413);
    }

    @Test
    void pagingAndSortParametersAreCheckedNotReplaced() {
        ApiClient admin = api().basic("admin", PASSWORD);
        var secretSort = admin.get("/api/users?sort=passwordHash");
        assertThat(secretSort.statusCode()).isEqualTo(400);
        assertThat(secretSort.body()).contains("\"sort\"").contains("passwordHash");
        assertThat(admin.get("/api/users?size=100000").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/users?size=0").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/users?page=-1").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/users?page=abc").statusCode()).isEqualTo(400);
        assertThat(admin.get("/api/users?sort=username,desc&size=5").statusCode())
                .isEqualTo(200);
    }

    @Test
    void updatesWithoutTheVersionReadAreRefused() {
        ApiClient officer = api().basic("officer", PASSWORD);
        var created = officer.post("/api/contacts?force=true", "{\"lastName\":\"Versionné\",\"doNotContact\":false}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        var noVersion = officer.put("/api/contacts/" + id, "{\"lastName\":\"Écrasé\",\"doNotContact\":false}");
        assertThat(noVersion.statusCode()).isIn(400, 422);
        assertThat(noVersion.body()).contains("\"version\"");
        var stale =
                officer.put("/api/contacts/" + id, "{\"lastName\":\"Écrasé\",\"doNotContact\":false,\"version\":7}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(officer.put("/api/contacts/" + id, "{\"lastName\":\"Relu\",\"doNotContact\":false,\"version\":0}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void badInputIsRefusedWithAFieldError() {
        ApiClient officer = api().basic("officer", PASSWORD);
        assertField(
                officer.post("/api/contacts?force=true", "{\"doNotContact\":false,\"lastName\":\"Dupont\\u202Eevil\"}"),
                "lastName");
        assertField(
                officer.post("/api/contacts?force=true", "{\"doNotContact\":false,\"lastName\":\"Nul\\u0000\"}"),
                "lastName");
        assertField(
                officer.post("/api/contacts?force=true", "{\"doNotContact\":false,\"lastName\":\"Lone\\uD800x\"}"),
                "lastName");
        assertField(
                officer.post(
                        "/api/contacts?force=true",
                        "{\"doNotContact\":false,\"lastName\":\"Sans preuve\",\"consentStatus\":\"GRANTED\"}"),
                "consentDate");
        assertField(
                officer.post(
                        "/api/contacts?force=true",
                        "{\"doNotContact\":false,\"lastName\":\"Langue\",\"language\":\"xx\"}"),
                "language");
        assertField(
                officer.post(
                        "/api/contacts?force=true",
                        "{\"doNotContact\":false,\"lastName\":\"An 9999\",\"consentDate\":\"9999-01-01\"}"),
                "consentDate");
        assertField(partner(officer, "\"website\":\"javascript:alert(1)\""), "website");
        assertField(partner(officer, "\"memberFee\":12.345"), "memberFee");
        assertField(partner(officer, "\"officerUsername\":\"nobody-here\""), "officerUsername");
        assertField(
                officer.post("/api/tasks", "{\"title\":\"Relancer\",\"assignee\":\"nobody-here\",\"done\":false}"),
                "assignee");
        assertThat(partner(officer, "\"website\":\"https://www.romans.fr\"").statusCode())
                .isEqualTo(201);
    }

    @Test
    void anAffiliationCannotEndBeforeItStarts() {
        ApiClient officer = api().basic("officer", PASSWORD);
        var p = partner(officer, "\"town\":\"Romans\"");
        String partnerId = p.body().replaceAll(".*?\"id\":(\\d+).*", "$1");
        var c = officer.post("/api/contacts?force=true", "{\"lastName\":\"Rattaché\",\"doNotContact\":false}");
        String contactId = c.body().replaceAll(".*?\"id\":(\\d+).*", "$1");
        var a = officer.post(
                "/api/contacts/affiliations",
                "{\"contactId\":" + contactId + ",\"partnerId\":" + partnerId + ",\"startDate\":\"2026-03-01\"}");
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        String affId = a.body().replaceAll(".*?\"id\":(\\d+).*", "$1");
        assertField(officer.post("/api/contacts/affiliations/" + affId + "/end?date=2026-02-01", ""), "endDate");
    }

    @Test
    void bulkExportsOfPersonalDataFollowTheCitysRolesAndAreLogged() {
        assertThat(api().basic("viewer", PASSWORD).get("/api/contacts/export").statusCode())
                .isEqualTo(403);
        assertThat(api().basic("finance", PASSWORD).get("/api/contacts/export").statusCode())
                .isEqualTo(403);
        long before = jdbc.queryForObject(
                "select count(*) from personal_data_export where exported_by = 'officer' and what = 'contacts-csv'",
                Long.class);
        assertThat(api().basic("officer", PASSWORD).get("/api/contacts/export").statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_export where exported_by = 'officer' and what = 'contacts-csv'"
                                + " and row_count > 0",
                        Long.class))
                .isEqualTo(before + 1);
    }

    private HttpResponse<String> partner(ApiClient client, String extra) {
        return client.post(
                "/api/partners",
                "{\"name\":\"Durci " + System.nanoTime() + "\",\"type\":\"ASSOCIATION\",\"investInRomans\":false,"
                        + extra + "}");
    }

    private static void assertField(HttpResponse<String> r, String field) {
        assertThat(r.statusCode()).as(r.body()).isIn(400, 422);
        assertThat(r.body()).as(r.body()).contains("fieldErrors").contains("\"" + field + "\"");
    }
}
