package fr.levier.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.ContactFilter;
import fr.levier.partner.ContactService;
import fr.levier.partner.Fixtures;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.importing.TabularReader;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.project.ProjectSummary;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A city moves in from its spreadsheets, through the API: partners with their main contact on the same row
 * (Windows-1252, {@code ;}, French type labels needing value mapping), then projects, then commitments split
 * across projects, every co-financing rule deciding in the dry run.
 */
@IntegrationTest
class CityImportApiTest {

    private static final String PASSWORD = "levier-demo-2026";

    @LocalServerPort
    int port;

    @Autowired
    AsUser as;

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    ProjectService projects;

    @Autowired
    CommitmentService commitments;

    private final ObjectMapper json = new ObjectMapper();

    private ApiClient officer() {
        return new ApiClient(port).basic("officer", PASSWORD);
    }

    private JsonNode upload(String target, String fileName, byte[] bytes) {
        HttpResponse<String> r = officer()
                .postBytes(
                        "/api/imports?target=" + target + "&fileName="
                                + URLEncoder.encode(fileName, StandardCharsets.UTF_8),
                        "text/csv",
                        bytes);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    private JsonNode call(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isLessThan(300);
        return json.readTree(r.body());
    }

    private static JsonNode line(JsonNode report, int number) {
        for (JsonNode l : report.path("lines")) {
            if (l.path("line").asInt() == number) {
                return l;
            }
        }
        throw new AssertionError("no line " + number + " in " + report);
    }

    private PartnerSummary partner(String name) {
        return as
                .call("viewer", () -> partners.find(
                                new PartnerFilter(
                                        name.replace(" SARL", "").replace(" SAS", ""), null, null, null, null),
                                PageRequest.of(0, 5))
                        .getContent())
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private ProjectSummary project(String code) {
        return as
                .call("viewer", () -> projects.find(new ProjectFilter(code, null, null, null), PageRequest.of(0, 5))
                        .getContent())
                .stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aCityMovesInPartnersWithContactsThenProjectsThenCommitments() {
        String mairie = Fixtures.name("Mairie de Peyrins");
        String chabertSarl = Fixtures.name("Tanneries Chabert");
        String chabertSas = chabertSarl.replace("Tanneries", "Tannerie") + " SAS";
        String agence = Fixtures.name("Agence de l'eau");
        String syndicat = Fixtures.name("Syndicat des eaux");
        String licorne = Fixtures.name("Licornes Unies");
        String s1 = Fixtures.siret();
        String s2 = Fixtures.siret();
        String s3 = Fixtures.siret();
        String mail = "jean." + s1 + "@peyrins.fr";
        String csv = String.join(
                "\r\n",
                "Raison sociale;SIRET;Type;Contact;Fonction;Courriel;Téléphone;Newsletter;Code postal;Commune;Montant",
                mairie + ";" + s1 + ";Collectivité;Jean DE LA FONTAINE;Maire;" + mail
                        + ";04 75 00 00 00;oui;26380;Peyrins;1 500,00",
                chabertSarl + " SARL;" + s2 + ";Entreprise;Marie Dupont;Gérante;;;non;26100;Romans-sur-Isère;",
                chabertSas + ";" + s3 + ";Entreprise;;;;;;26100;Romans-sur-Isère;",
                agence + ";;Établissement public;;;;;;26000;Valence;",
                "Boulangerie Quatre;;Entreprise;;;;;;2610;Romans-sur-Isère;",
                "Garage Arobase;;Entreprise;Paul Martin;;paul@@garage.fr;;;26100;Romans-sur-Isère;",
                syndicat + ";;Syndicat des eaux potables;;;;;;26100;Romans-sur-Isère;",
                licorne + ";;Licorne;;;;;;26100;Romans-sur-Isère;",
                "SIRET faux;12345678901234;Entreprise;;;;;;26100;Romans-sur-Isère;",
                "");
        JsonNode up = upload("PARTNERS", "ville.csv", csv.getBytes(TabularReader.WINDOWS_1252));
        String id = up.path("id").asString();
        assertThat(up.path("suggestedMapping").path("CONTACT_NAME").asString()).isEqualTo("Contact");
        assertThat(up.path("suggestedMapping").path("CONTACT_EMAIL").asString()).isEqualTo("Courriel");

        // value mapping: every distinct type with its count and the proposed known value
        JsonNode values = call(officer().get("/api/imports/" + id + "/values"));
        List<String> types = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.path("field").asString().equals("TYPE")) {
                types.add(v.path("cell").asString() + "=" + v.path("count").asInt() + ">"
                        + v.path("proposed").asString(""));
            }
        }
        assertThat(types)
                .contains(
                        "Entreprise=5>COMPANY",
                        "Collectivité=1>MUNICIPALITY",
                        "Établissement public=1>PUBLIC_AGENCY",
                        "Syndicat des eaux potables=1>",
                        "Licorne=1>");
        call(officer()
                .put(
                        "/api/imports/" + id + "/values",
                        "{\"TYPE\":{\"Syndicat des eaux potables\":\"JOINT_SYNDICATE\",\"Licorne\":\"\"}}"));

        JsonNode report = call(officer().post("/api/imports/" + id + "/dry-run", ""));
        assertThat(report.path("creates").asInt()).isEqualTo(5);
        assertThat(report.path("rejects").asInt()).isEqualTo(4);
        assertThat(line(report, 2).path("warning").asString()).contains("prénom « Jean », nom « DE LA FONTAINE »");
        assertThat(line(report, 4).path("outcome").asString()).isEqualTo("CREATE");
        assertThat(line(report, 4).path("warning").asString()).contains("SIRET différent");
        assertThat(line(report, 6).path("reason").asString())
                .contains("Code postal")
                .contains("2610");
        assertThat(line(report, 7).path("reason").asString())
                .contains("Courriel invalide")
                .contains("paul@@garage.fr");
        assertThat(line(report, 8).path("outcome").asString()).isEqualTo("CREATE");
        assertThat(line(report, 9).path("reason").asString())
                .contains("Licorne")
                .contains("écartée");
        assertThat(line(report, 10).path("reason").asString()).contains("SIRET invalide");
        assertThat(report.path("warnings").toString()).contains("Colonnes ignorées : Montant");

        JsonNode applied = call(officer().post("/api/imports/" + id + "/apply", ""));
        assertThat(applied.path("state").asString()).isEqualTo("DONE");
        assertThat(applied.path("processed").asInt()).isEqualTo(5);
        assertThat(partner(mairie).type()).isEqualTo(PartnerType.MUNICIPALITY);
        assertThat(partner(syndicat).type()).isEqualTo(PartnerType.JOINT_SYNDICATE);
        assertThat(partner(agence).type()).isEqualTo(PartnerType.PUBLIC_AGENCY);
        assertThat(partner(chabertSas)).isNotNull();
        assertThat(partner(chabertSarl + " SARL")).isNotNull();
        assertThat(partner(licorne)).isNull();
        var jean = as.call("viewer", () -> contacts.find(
                                new ContactFilter(null, partner(mairie).id(), null), PageRequest.of(0, 5))
                        .getContent())
                .getFirst();
        assertThat(jean.lastName()).isEqualTo("DE LA FONTAINE");
        assertThat(jean.firstName()).isEqualTo("Jean");
        assertThat(jean.email()).isEqualTo(mail);
        assertThat(jean.consent()).isEqualTo(fr.levier.partner.ConsentStatus.GRANTED);

        // projects: amounts in French and English writing, "douze mille" refused with the line and the cell
        String p1 = "H" + s1.substring(5);
        String p2 = "P" + s1.substring(5);
        String p3 = "Q" + s1.substring(5);
        String projectsCsv = String.join(
                "\n",
                "Code;Intitulé;Coût HT;Dépense éligible;Autofinancement;Statut",
                p1 + ";Halle;100 000,00;100 000;5 000,00 €;En cours",
                p2 + ";Parc;douze mille;;;Étude",
                p3 + ";Jardins;1,500,000.00;;400 000;Étude",
                "");
        JsonNode pUp = upload("PROJECTS", "projets.csv", projectsCsv.getBytes(StandardCharsets.UTF_8));
        JsonNode pReport = call(officer().post("/api/imports/" + pUp.path("id").asString() + "/dry-run", ""));
        assertThat(pReport.path("creates").asInt()).isEqualTo(2);
        assertThat(line(pReport, 3).path("reason").asString())
                .contains("Coût HT")
                .contains("douze mille");
        assertThat(project(p1)).as("dry run writes nothing").isNull();
        assertThat(call(officer().post("/api/imports/" + pUp.path("id").asString() + "/apply", ""))
                        .path("state")
                        .asString())
                .isEqualTo("DONE");
        assertThat(project(p1).status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(project(p2)).isNull();

        // commitments: one grant split across two projects, a ceiling and a status rule breaking
        String commitmentsCsv = String.join(
                "\n",
                "SIRET;Financeur;Code projet;Nature;Montant demandé;Montant attribué;Montant affecté;Statut;Intitulé",
                s1 + ";;" + p1 + ";Subvention;60 000;60 000;40 000;Attribué;DSIL " + p1,
                s1 + ";;" + p3 + ";Subvention;60 000;60 000;20 000;Attribué;DSIL " + p1,
                ";" + chabertSarl + " SARL;" + p1 + ";Mécénat;5 000;;8 000;Demandé;Don " + p1,
                s1 + ";;NOPE-" + p1 + ";Subvention;1 000;;;Demandé;Autre",
                s2 + ";;" + p3 + ";Subvention;5 000;;;Attribué;Sans montant " + p1,
                "");
        JsonNode cUp = upload("COMMITMENTS", "financements.csv", commitmentsCsv.getBytes(StandardCharsets.UTF_8));
        String cId = cUp.path("id").asString();
        JsonNode cReport = call(officer().post("/api/imports/" + cId + "/dry-run", ""));
        assertThat(cReport.path("creates").asInt()).isEqualTo(2);
        assertThat(line(cReport, 3).path("warning").asString()).contains("Même financement");
        assertThat(line(cReport, 4).path("outcome").asString()).isEqualTo("REJECT");
        assertThat(line(cReport, 4).path("reason").asString()).contains("dépasseraient");
        assertThat(line(cReport, 5).path("reason").asString()).contains("Projet introuvable");
        assertThat(line(cReport, 6).path("outcome").asString()).isEqualTo("REJECT");
        assertThat(cReport.path("warnings").toString())
                .contains(p1)
                .contains("Participation minimale de 20 %")
                .contains("CGCT L1111-10 III");
        assertThat(as.call(
                        "viewer",
                        () -> commitments.allocationsOfProject(project(p1).id())))
                .as("dry run writes nothing")
                .isEmpty();
        assertThat(call(officer().post("/api/imports/" + cId + "/apply", ""))
                        .path("state")
                        .asString())
                .isEqualTo("DONE");
        var onP1 = as.call(
                "viewer", () -> commitments.allocationsOfProject(project(p1).id()));
        var onP3 = as.call(
                "viewer", () -> commitments.allocationsOfProject(project(p3).id()));
        assertThat(onP1).hasSize(1);
        assertThat(onP1.getFirst().amount()).isEqualByComparingTo("40000.00");
        assertThat(onP3).hasSize(1);
        assertThat(onP3.getFirst().amount()).isEqualByComparingTo("20000.00");
        assertThat(onP3.getFirst().commitmentId()).isEqualTo(onP1.getFirst().commitmentId());
    }

    @Test
    void applyWritesNothingWhenALineFailsMidway() {
        String partnerSiret = Fixtures.siret();
        String funder = Fixtures.name("Région test");
        as.call(
                "officer",
                () -> partners.create(
                        fr.levier.partner.PartnerDraft.of(funder, PartnerType.REGION, "Lyon")
                                .withSiret(partnerSiret),
                        false));
        String a = "A" + Fixtures.siret().substring(6);
        String b = "B" + Fixtures.siret().substring(6);
        for (String code : List.of(a, b)) {
            as.call(
                    "officer",
                    () -> projects.create(ProjectInput.builder()
                            .code(code)
                            .name("Projet " + code)
                            .status(ProjectStatus.STUDY)
                            .totalCostExclTax(new BigDecimal("100000.00"))
                            .cityFunding(new BigDecimal("50000.00"))
                            .build()));
        }
        String csv = "SIRET;Code projet;Montant demandé;Montant affecté;Intitulé\n"
                + partnerSiret + ";" + a + ";10 000;5 000;Aide " + a + "\n"
                + partnerSiret + ";" + b + ";10 000;5 000;Aide " + a + "\n";
        String id = upload("COMMITMENTS", "c.csv", csv.getBytes(StandardCharsets.UTF_8))
                .path("id")
                .asString();
        assertThat(call(officer().post("/api/imports/" + id + "/dry-run", ""))
                        .path("creates")
                        .asInt())
                .isEqualTo(2);
        // someone deletes the second project meanwhile: its line now fails when applied
        as.run("officer", () -> projects.delete(project(b).id()));
        JsonNode applied = call(officer().post("/api/imports/" + id + "/apply", ""));
        assertThat(applied.path("state").asString()).isEqualTo("FAILED");
        assertThat(applied.path("error").asString()).contains("Ligne 3");
        assertThat(as.call(
                        "viewer",
                        () -> commitments.allocationsOfProject(project(a).id())))
                .as("the first line was rolled back")
                .isEmpty();
    }
}
