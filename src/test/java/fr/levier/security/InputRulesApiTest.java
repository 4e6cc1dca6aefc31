package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.testsupport.ApiClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The input rules of the probe (issue 10), one table per entity through the real API: each bad input is
 * refused with a field error naming the field (the screens call the same services and show the same
 * field errors), and the same body with the good value is accepted, so the refusal is the rule's.
 * Names refuse NUL, lone surrogates and bidi overrides; websites refuse {@code javascript:}; dates in
 * year 9999 or out of the dossier's order, amounts above the cost, consent without proof and unknown
 * references (user, project, commitment, partner, contact, language) are refused.
 */
@fr.levier.testsupport.IntegrationTest
class InputRulesApiTest {

    private static final String PASSWORD = SecurityDemoData.DEMO_PASSWORD;
    private static final String UNKNOWN_ID = "999999999";

    @LocalServerPort
    int port;

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    private static String json(Map<String, String> fields) {
        StringBuilder s = new StringBuilder("{");
        fields.forEach((k, v) -> s.append(s.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return s.append('}').toString();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String rawJson) {
        Map<String, String> m = new LinkedHashMap<>(base);
        m.put(key, rawJson);
        return m;
    }

    /** The bad body is refused naming the field; the same body with the good value is accepted. */
    private void refusedThenAccepted(
            String path, Map<String, String> base, String key, String bad, String good, String field) {
        HttpResponse<String> refused = officer().post(path, json(with(base, key, bad)));
        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 422);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        Map<String, Object> errors = JsonPath.read(refused.body(), "$.fieldErrors");
        assertThat(errors).as(refused.body()).containsKey(field);
        if (good != null) {
            HttpResponse<String> accepted = officer().post(path, json(with(base, key, good)));
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        }
    }

    private long create(String path, Map<String, String> body) {
        HttpResponse<String> r = officer().post(path, json(body));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ((Number) JsonPath.read(r.body(), "$.id")).longValue();
    }

    private Map<String, String> partner() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "\"Règle " + unique() + "\"");
        m.put("type", "\"ASSOCIATION\"");
        m.put("investInRomans", "false");
        return m;
    }

    static Stream<Arguments> partnerInputs() {
        return Stream.of(
                Arguments.of("name", "\"Dupont\\u202Eevil\"", "\"Dupont sain\"", "name"),
                Arguments.of("name", "\"Nul\\u0000\"", "\"Nul pas\"", "name"),
                Arguments.of("name", "\"Lone\\uD800x\"", "\"Lone \\uD83D\\uDE00 paire\"", "name"),
                Arguments.of("name", "\"Isolat\\u2067x\"", "\"Isolat\"", "name"),
                Arguments.of("website", "\"javascript:alert(1)\"", "\"https://www.romans.fr\"", "website"),
                Arguments.of("website", "\"JavaScript:alert(1)\"", "\"http://romans.fr/x\"", "website"),
                Arguments.of("website", "\"data:text/html,<b>x</b>\"", null, "website"),
                Arguments.of("officerUsername", "\"nobody-here\"", "\"officer\"", "officerUsername"),
                Arguments.of("memberSince", "\"9999-01-01\"", "\"2021-03-15\"", "memberSince"),
                Arguments.of("memberFee", "12.345", "12.34", "memberFee"));
    }

    @ParameterizedTest(name = "partner {0} = {1}")
    @MethodSource("partnerInputs")
    void partnerInputIsChecked(String key, String bad, String good, String field) {
        Map<String, String> base = partner();
        refusedThenAccepted("/api/partners", base, key, bad, good, field);
    }

    static Stream<Arguments> contactInputs() {
        return Stream.of(
                Arguments.of("lastName", "\"Dupont\\u202Eevil\"", "\"Dupont\"", "lastName"),
                Arguments.of("lastName", "\"Nul\\u0000\"", "\"Nul\"", "lastName"),
                Arguments.of("firstName", "\"Lone\\uDC00\"", "\"Anne\"", "firstName"),
                Arguments.of("language", "\"xx\"", "\"en\"", "language"),
                Arguments.of("consentDate", "\"9999-01-01\"", "\"2026-01-05\"", "consentDate"),
                Arguments.of("consentStatus", "\"GRANTED\"", null, "consentDate"));
    }

    @ParameterizedTest(name = "contact {0} = {1}")
    @MethodSource("contactInputs")
    void contactInputIsChecked(String key, String bad, String good, String field) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("lastName", "\"Règle " + unique() + "\"");
        base.put("doNotContact", "false");
        refusedThenAccepted("/api/contacts?force=true", base, key, bad, good, field);
    }

    @ParameterizedTest(name = "consent GRANTED without {0}")
    @MethodSource("consentProofs")
    void grantedConsentNeedsItsDateAndSource(String missing, String present, String presentValue) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("lastName", "\"Consent " + unique() + "\"");
        base.put("doNotContact", "false");
        base.put("consentStatus", "\"GRANTED\"");
        base.put(present, presentValue);
        refusedThenAccepted(
                "/api/contacts?force=true",
                base,
                missing,
                "null",
                missing.equals("consentDate") ? "\"2026-01-05\"" : "\"Formulaire salon\"",
                missing);
    }

    static Stream<Arguments> consentProofs() {
        return Stream.of(
                Arguments.of("consentDate", "consentSource", "\"Formulaire salon\""),
                Arguments.of("consentSource", "consentDate", "\"2026-01-05\""));
    }

    static Stream<Arguments> projectInputs() {
        return Stream.of(
                Arguments.of("cityFunding", "1300.00", "1200.00", "cityFunding"),
                Arguments.of("eligibleExpense", "1100.00", "1000.00", "eligibleExpense"),
                Arguments.of("cityFunding", "10.123", "10.12", "cityFunding"),
                Arguments.of("officerUsername", "\"nobody-here\"", "\"officer\"", "officerUsername"),
                Arguments.of("name", "\"Projet\\u202Eevil\"", "\"Projet sain\"", "name"),
                Arguments.of("name", "\"Projet\\u0000\"", "\"Projet propre\"", "name"),
                Arguments.of(
                        "dates",
                        "{\"submittedOn\":\"9999-01-01\"}",
                        "{\"submittedOn\":\"2026-01-05\"}",
                        "dates.submittedOn"),
                Arguments.of(
                        "dates",
                        "{\"submittedOn\":\"2026-03-01\",\"decidedOn\":\"2026-02-01\"}",
                        "{\"submittedOn\":\"2026-03-01\",\"decidedOn\":\"2026-04-01\"}",
                        "dates.decidedOn"),
                Arguments.of(
                        "dates",
                        "{\"worksStartedOn\":\"2026-03-01\",\"completionDeclaredOn\":\"2025-12-01\"}",
                        "{\"worksStartedOn\":\"2026-03-01\",\"completionDeclaredOn\":\"2026-12-01\"}",
                        "dates.completionDeclaredOn"));
    }

    @ParameterizedTest(name = "project {0} = {1}")
    @MethodSource("projectInputs")
    void projectInputIsChecked(String key, String bad, String good, String field) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("code", "\"R-" + unique() + "\"");
        base.put("name", "\"Règle " + unique() + "\"");
        base.put("status", "\"IDEA\"");
        base.put("totalCostExclTax", "1000.00");
        base.put("totalCostInclTax", "1200.00");
        // the good value is sent under a new code: codes are unique
        HttpResponse<String> refused = officer().post("/api/projects", json(with(base, key, bad)));
        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 422);
        Map<String, Object> errors = JsonPath.read(refused.body(), "$.fieldErrors");
        assertThat(errors).as(refused.body()).containsKey(field);
        assertThat(officer().post("/api/projects", json(with(base, key, good))).statusCode())
                .isEqualTo(201);
    }

    static Stream<Arguments> taskInputs() {
        return Stream.of(
                Arguments.of("assignee", "\"nobody-here\"", "\"officer\"", "assignee"),
                Arguments.of("projectId", UNKNOWN_ID, null, "projectId"),
                Arguments.of("partnerId", UNKNOWN_ID, null, "partnerId"),
                Arguments.of("contactId", UNKNOWN_ID, null, "contactId"),
                Arguments.of("dueDate", "\"9999-12-31\"", "\"2026-12-31\"", "dueDate"),
                Arguments.of("title", "\"Relancer\\u202E\"", "\"Relancer\"", "title"));
    }

    @ParameterizedTest(name = "task {0} = {1}")
    @MethodSource("taskInputs")
    void taskInputIsChecked(String key, String bad, String good, String field) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("title", "\"Relancer " + unique() + "\"");
        base.put("assignee", "\"officer\"");
        base.put("done", "false");
        refusedThenAccepted("/api/tasks", base, key, bad, good, field);
    }

    static Stream<Arguments> interactionInputs() {
        return Stream.of(
                Arguments.of("projectId", UNKNOWN_ID, "projectId"),
                Arguments.of("commitmentId", UNKNOWN_ID, "commitmentId"),
                Arguments.of("userParticipants", "[\"officer\",\"nobody-here\"]", "userParticipants"),
                Arguments.of("contactIds", "[" + UNKNOWN_ID + "]", "contactIds"),
                Arguments.of("partnerId", UNKNOWN_ID, "partnerId"),
                Arguments.of("occurredOn", "\"9999-01-10\"", "occurredOn"),
                Arguments.of("subject", "\"Rendez-vous\\u0000\"", "subject"));
    }

    @ParameterizedTest(name = "interaction {0} = {1}")
    @MethodSource("interactionInputs")
    void interactionInputIsChecked(String key, String bad, String field) {
        long partnerId = create("/api/partners", partner());
        Map<String, String> base = new LinkedHashMap<>();
        base.put("partnerId", Long.toString(partnerId));
        base.put("kind", "\"MEETING\"");
        base.put("occurredOn", "\"2026-01-10\"");
        base.put("subject", "\"Rencontre " + unique() + "\"");
        base.put("userParticipants", "[\"officer\"]");
        refusedThenAccepted("/api/interactions", base, key, bad, base.getOrDefault(key, "null"), field);
    }

    static Stream<Arguments> commitmentInputs() {
        return Stream.of(
                Arguments.of(
                        "dates",
                        "{\"submittedOn\":\"2026-03-01\",\"decidedOn\":\"2026-02-01\"}",
                        "{\"submittedOn\":\"2026-03-01\",\"decidedOn\":\"2026-04-01\"}",
                        "dates.decidedOn"),
                Arguments.of(
                        "dates",
                        "{\"decidedOn\":\"2026-03-01\",\"notifiedOn\":\"2026-02-01\"}",
                        "{\"decidedOn\":\"2026-03-01\",\"notifiedOn\":\"2026-03-10\"}",
                        "dates.notifiedOn"),
                Arguments.of(
                        "dates",
                        "{\"notifiedOn\":\"9999-02-01\"}",
                        "{\"notifiedOn\":\"2026-02-01\"}",
                        "dates.notifiedOn"),
                Arguments.of("ownDeadline", "\"9999-01-01\"", "\"2027-01-01\"", "ownDeadline"),
                Arguments.of("amountRequested", "1000.005", "1000.00", "amountRequested"));
    }

    @ParameterizedTest(name = "commitment {0} = {1}")
    @MethodSource("commitmentInputs")
    void commitmentInputIsChecked(String key, String bad, String good, String field) {
        long partnerId = create("/api/partners", partner());
        Map<String, String> base = new LinkedHashMap<>();
        base.put("partnerId", Long.toString(partnerId));
        base.put("title", "\"Subvention " + unique() + "\"");
        base.put("kind", "\"GRANT\"");
        base.put("amountRequested", "1000.00");
        refusedThenAccepted("/api/commitments", base, key, bad, good, field);
    }

    static Stream<Arguments> userInputs() {
        return Stream.of(
                Arguments.of("fullName", "\"Anne\\u202EDupont\"", "\"Anne Dupont\"", "fullName"),
                Arguments.of("fullName", "\"Anne\\u0000\"", "\"Anne Martin\"", "fullName"),
                Arguments.of("fullName", "\"Anne\\uD800\"", "\"Anne Morel\"", "fullName"),
                Arguments.of("password", "\"aaaaaaaaaaaa\"", "\"Rhubarbe-Cadran-Ocre\"", "password"));
    }

    @ParameterizedTest(name = "user {0} = {1}")
    @MethodSource("userInputs")
    void userInputIsChecked(String key, String bad, String good, String field) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("username", "\"u" + unique() + "\"");
        base.put("fullName", "\"Utilisateur Test\"");
        base.put("role", "\"VIEWER\"");
        base.put("password", "\"Rhubarbe-Cadran-Ocre\"");
        ApiClient admin = new ApiClient(port).basic("admin", PASSWORD);
        HttpResponse<String> refused = admin.post("/api/users", json(with(base, key, bad)));
        assertThat(refused.statusCode()).as(refused.body()).isIn(400, 422);
        Map<String, Object> errors = JsonPath.read(refused.body(), "$.fieldErrors");
        assertThat(errors).as(refused.body()).containsKey(field);
        assertThat(admin.post("/api/users", json(with(base, key, good))).statusCode())
                .isEqualTo(201);
    }

    @org.junit.jupiter.api.Test
    void theImportRefusesTheSameNamesAndWebsitesLineByLine() {
        String ok = "Import sain " + unique();
        String csv = String.join(
                "\r\n",
                "Raison sociale;Type;Commune;Site web",
                ok + ";Association;Romans-sur-Isère;https://www.romans.fr",
                "Renversé\u202Eevil;Association;Romans-sur-Isère;",
                "Nu\u0000l;Association;Romans-sur-Isère;",
                "Lien piégé " + unique() + ";Association;Romans-sur-Isère;javascript:alert(1)");
        HttpResponse<String> upload = officer()
                .postBytes(
                        "/api/imports?target=PARTNERS&fileName=regles.csv",
                        "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        String id = JsonPath.read(upload.body(), "$.id");
        HttpResponse<String> report = officer().post("/api/imports/" + id + "/dry-run", "");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        List<String> outcomes = JsonPath.read(report.body(), "$.lines[*].outcome");
        List<Integer> lines = JsonPath.read(report.body(), "$.lines[*].line");
        Map<Integer, String> byLine = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byLine.put(lines.get(i), outcomes.get(i));
        }
        assertThat(byLine)
                .containsEntry(2, "CREATE")
                .containsEntry(3, "REJECT")
                .containsEntry(4, "REJECT")
                .containsEntry(5, "REJECT");
        officer().delete("/api/imports/" + id);
    }
}
