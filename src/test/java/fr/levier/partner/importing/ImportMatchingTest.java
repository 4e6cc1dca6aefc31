package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.levier.partner.*;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Identity and similarity in the partners import, on files built here: existing SIRETs updated or skipped as the
 * user chose (API parameter, report), numbered names without SIRET never taken for duplicates of each other,
 * InvestInRomans levels mapped from what the file says.
 */
@IntegrationTest
class ImportMatchingTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    ImportService imports;

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    private final ObjectMapper json = new ObjectMapper();

    private PartnerSummary byName(String name) {
        return as
                .call("viewer", () -> partners.find(new PartnerFilter(name, null, null), PageRequest.of(0, 50))
                        .getContent())
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private ImportUpload upload(String csv) {
        return as.call(
                "officer",
                () -> imports.upload(ImportTarget.PARTNERS, "f.csv", csv.getBytes(TabularReader.WINDOWS_1252), null));
    }

    private JsonNode uploadThroughApi(String csv) throws Exception {
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
        return json.readTree(up.body());
    }

    @Test
    void anExistingSiretIsUpdatedOrSkippedAsTheUserChooses() throws Exception {
        String kept = Fixtures.name("Déjà connue");
        String siret = Fixtures.siret();
        String fresh = Fixtures.name("Nouvelle");
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(kept, PartnerType.COMPANY, "Valence").withSiret(siret), false));
        String csv = "Raison sociale;SIRET;Commune\r\n" + kept + " renommée;" + siret + ";Grenoble\r\n" + fresh
                + ";;Die\r\n";
        ApiClient officer = new ApiClient(port).basic("officer", PASSWORD);

        String id = uploadThroughApi(csv).path("id").asString();
        JsonNode skip = json.readTree(officer.post("/api/imports/" + id + "/dry-run?existing=SKIP", "")
                .body());
        assertThat(skip.path("existing").asString()).isEqualTo("SKIP");
        assertThat(skip.path("skips").asInt()).isEqualTo(1);
        assertThat(skip.path("updates").asInt()).isZero();
        assertThat(skip.path("creates").asInt()).isEqualTo(1);
        assertThat(skip.path("lines").get(0).path("reason").asString()).contains(kept);
        JsonNode update = json.readTree(officer.post("/api/imports/" + id + "/dry-run?existing=UPDATE", "")
                .body());
        assertThat(update.path("updates").asInt()).isEqualTo(1);
        assertThat(update.path("skips").asInt()).isZero();
        JsonNode back = json.readTree(officer.post("/api/imports/" + id + "/dry-run?existing=SKIP", "")
                .body());
        assertThat(back.path("skips").asInt()).isEqualTo(1);
        JsonNode applied =
                json.readTree(officer.post("/api/imports/" + id + "/apply", "").body());
        assertThat(applied.path("state").asString()).isEqualTo("DONE");
        assertThat(applied.path("processed").asInt()).isEqualTo(1);
        assertThat(byName(kept)).as("skipped: left as it was").isNotNull();
        assertThat(byName(kept).town()).isEqualTo("Valence");
        assertThat(byName(fresh)).isNotNull();

        assertThat(officer.post(
                                "/api/imports/"
                                        + uploadThroughApi(csv).path("id").asString() + "/dry-run?existing=MAYBE",
                                "")
                        .statusCode())
                .isEqualTo(400);

        String again = uploadThroughApi(csv).path("id").asString();
        officer.post("/api/imports/" + again + "/dry-run", "");
        assertThat(json.readTree(officer.post("/api/imports/" + again + "/apply", "")
                                .body())
                        .path("state")
                        .asString())
                .isEqualTo("DONE");
        assertThat(byName(kept + " renommée").town()).as("updated by default").isEqualTo("Grenoble");
    }

    @Test
    void numberedNamesWithoutSiretInOneTownAreDifferentPartnersOnlyTheSameNameIsADuplicate() {
        String run = Fixtures.name("Atelier Orion");
        StringBuilder csv = new StringBuilder("Raison sociale;SIRET;Commune\r\n");
        for (int i = 1; i <= 12; i++) {
            csv.append(run).append(" Société ").append(i).append(";;Romans-sur-Isère\r\n");
        }
        csv.append("SARL ").append(run).append(" 3;;ROMANS SUR ISERE\r\n");
        ImportUpload upload = upload(csv.toString());

        ImportReport report = as.call("officer", () -> imports.dryRun(upload.id(), null));

        assertThat(report.creates()).isEqualTo(12);
        assertThat(report.skips()).isEqualTo(1);
        assertThat(report.lines().get(12))
                .extracting(ImportLine::line, ImportLine::outcome)
                .isEqualTo(List.of(14, ImportOutcome.SKIP_DUPLICATE));
        assertThat(report.lines().get(12).reason()).contains("ligne 4");
        assertThat(report.lines().get(1).warning())
                .as("a close name is said, never merged")
                .isNotBlank();
        assertThat(as.call("officer", () -> imports.apply(upload.id())).processed())
                .isEqualTo(12);
    }

    @Test
    void investInRomansLevelsAreMappedFromWhatTheFileSays() {
        String gold = Fixtures.name("Mécène Or");
        String silver = Fixtures.name("Partenaire Argent");
        String odd = Fixtures.name("Niveau Licorne");
        String csv = "Raison sociale;Commune;InvestInRomans;Niveau\r\n" + gold + ";Die;oui;Or\r\n" + silver
                + ";Die;oui;niveau 2\r\n" + odd + ";Die;oui;Licorne\r\n";
        ImportUpload upload = upload(csv);
        ImportReport first = as.call("officer", () -> imports.dryRun(upload.id(), null));
        assertThat(first.lines())
                .extracting(ImportLine::line, ImportLine::outcome)
                .containsExactly(
                        tuple(2, ImportOutcome.CREATE), tuple(3, ImportOutcome.CREATE), tuple(4, ImportOutcome.REJECT));
        assertThat(first.lines().get(2).reason()).contains("Licorne");
        List<ImportValue> levels = as.call("officer", () -> imports.values(upload.id())).stream()
                .filter(v -> v.field() == ImportField.MEMBER_LEVEL)
                .toList();
        assertThat(levels)
                .extracting(ImportValue::cell, ImportValue::proposed)
                .containsExactlyInAnyOrder(
                        tuple("Or", "Ambassadeur"), tuple("niveau 2", "Partenaire"), tuple("Licorne", null));
        as.call(
                "officer",
                () -> imports.chooseValues(upload.id(), Map.of("MEMBER_LEVEL", Map.of("Licorne", "Membre"))));
        assertThat(as.call("officer", () -> imports.dryRun(upload.id(), null)).creates())
                .isEqualTo(3);
        as.call("officer", () -> imports.apply(upload.id()));
        assertThat(as.call("viewer", () -> partners.details(byName(gold).id())).memberLevel())
                .isEqualTo("Ambassadeur");
        assertThat(as.call("viewer", () -> partners.details(byName(odd).id())).memberLevel())
                .isEqualTo("Membre");
    }
}
