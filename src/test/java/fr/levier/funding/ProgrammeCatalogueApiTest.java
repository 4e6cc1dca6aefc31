package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.levier.audit.FieldChange;
import fr.levier.audit.HistoryEntry;
import fr.levier.audit.HistoryService;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The programme catalogue through the real endpoints: sourced values with their text, "unknown" as
 * null rather than a guess, admin-only writes, nested ceilings, history, and the rules reading it.
 */
@IntegrationTest
class ProgrammeCatalogueApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AsUser as;

    @Autowired
    HistoryService history;

    ApiClient admin;
    ApiClient officer;
    ApiClient viewer;

    @BeforeEach
    void clients() {
        admin = new ApiClient(port).basic("admin", "levier-demo-2026");
        officer = new ApiClient(port).basic("officer", "levier-demo-2026");
        viewer = new ApiClient(port).basic("viewer", "levier-demo-2026");
    }

    private static Object read(HttpResponse<String> r, String path) {
        return JsonPath.read(r.body(), path);
    }

    private static String body(String code, String advance, String cumulative, String source) {
        return """
                {"code":"%s","name":"Programme test","stateRules":false,"startYears":2,"extensionYears":1,
                 "completionYears":4,"completionExtensionYears":null,"advanceCeilingPct":%s,"advanceGuaranteePct":null,
                 "cumulativeCeilingPct":%s,"longOperationPct":null,"sourceText":%s}
                """.formatted(code, advance, cumulative, source);
    }

    @Test
    void theShippedCatalogueGivesOnlySourcedValuesAndSaysWhatIsUnknown() {
        HttpResponse<String> list = viewer.get("/api/programmes");
        assertThat(list.statusCode()).isEqualTo(200);
        Map<String, Object> dsil = ((List<Map<String, Object>>) read(list, "$[?(@.code == 'DSIL')]")).getFirst();
        assertThat((String) dsil.get("sourceText")).contains("R2334-24");
        assertThat(dsil.get("startYears")).isEqualTo(2);
        assertThat(dsil.get("completionExtensionYears")).isEqualTo(2);
        assertThat(dsil.get("advanceGuaranteePct")).isNull();
        Map<String, Object> vert = ((List<Map<String, Object>>) read(list, "$[?(@.code == 'FONDS-VERT')]")).getFirst();
        assertThat((String) vert.get("sourceText")).contains("2018-514", "art. 12");
        assertThat(new BigDecimal(vert.get("advanceGuaranteePct").toString())).isEqualByComparingTo("60");
        assertThat(new BigDecimal(vert.get("longOperationPct").toString())).isEqualByComparingTo("90");
        for (String code : List.of("FEDER", "REGION", "DEPARTEMENT", "ANRU")) {
            Map<String, Object> p =
                    ((List<Map<String, Object>>) read(list, "$[?(@.code == '" + code + "')]")).getFirst();
            assertThat(p.get("startYears")).as(code).isNull();
            assertThat(p.get("advanceCeilingPct")).as(code).isNull();
            assertThat(p.get("cumulativeCeilingPct")).as(code).isNull();
            assertThat((String) p.get("sourceText")).as(code).contains("non renseignés");
        }
        // the older path answers the same catalogue
        assertThat(viewer.get("/api/commitments/programmes").body()).contains("R2334-24");
    }

    @Test
    void onlyAnAdminWritesTheCeilingsNestAndEveryChangeIsInTheHistory() {
        String code = "T-" + FundingFixtures.unique().toUpperCase(Locale.ROOT);
        assertThat(officer.post("/api/programmes", body(code, "30.00", "80.00", "\"Convention test\""))
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> noSource = admin.post("/api/programmes", body(code, "30.00", "80.00", "null"));
        assertThat(noSource.statusCode()).isEqualTo(400);
        assertThat((String) read(noSource, "$.fieldErrors.sourceText")).isNotBlank();
        HttpResponse<String> upsideDown = admin.post("/api/programmes", body(code, "30.00", "20.00", "\"Convention\""));
        assertThat(upsideDown.statusCode()).isEqualTo(422);
        assertThat((String) read(upsideDown, "$.fieldErrors.cumulativeCeilingPct"))
                .contains("30");

        HttpResponse<String> created =
                admin.post("/api/programmes", body(code, "30.00", "80.00", "\"Convention test\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int id = (Integer) read(created, "$.id");
        assertThat(admin.post("/api/programmes", body(code, "30.00", "80.00", "\"Encore\""))
                        .statusCode())
                .isEqualTo(422);

        HttpResponse<String> unknown = admin.put(
                "/api/programmes/" + id + "?version=0",
                body(code, "null", "70.00", "\"Convention test, avance inconnue\""));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(200);
        assertThat(read(unknown, "$.advanceCeilingPct")).isNull();
        assertThat(admin.put("/api/programmes/" + id + "?version=0", body(code, "null", "70.00", "\"Périmé\""))
                        .statusCode())
                .isEqualTo(409);
        assertThat(admin.put("/api/programmes/" + id + "?version=1", body(code + "X", "null", "70.00", "\"Autre\""))
                        .statusCode())
                .isEqualTo(422);

        List<HistoryEntry> changes = as.call("admin", () -> history.page("FundingProgramme", id, 0, 10));
        assertThat(changes).hasSize(2);
        assertThat(changes)
                .flatExtracting(HistoryEntry::changes)
                .extracting(FieldChange::field)
                .contains("advanceCeilingPct", "cumulativeCeilingPct", "sourceText");
    }
}
