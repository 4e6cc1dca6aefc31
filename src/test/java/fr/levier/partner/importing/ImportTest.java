package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.audit.HistoryEntry;
import fr.levier.audit.HistoryService;
import fr.levier.partner.*;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports as French offices export: dry run line by line, then apply exactly that, all or nothing. */
@IntegrationTest
class ImportTest {

    @Autowired
    ImportService imports;

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    AsUser as;

    @Autowired
    FailingImportLine failing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HistoryService history;

    private PartnerSummary byName(String name) {
        return as
                .call("viewer", () -> partners.find(new PartnerFilter(name, null, null), PageRequest.of(0, 5))
                        .getContent())
                .stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aWindows1252SemicolonFileWithFaultyLinesIsReportedLineByLineThenApplied() {
        String created = Fixtures.name("Tannerie Drôme Sud");
        String association = Fixtures.name("Association Les Cerisiers");
        String existingName = Fixtures.name("Déjà là");
        String updatedName = Fixtures.name("Mise à jour");
        String siret = Fixtures.siret();
        String existingSiret = Fixtures.siret();
        as.call("officer", () -> partners.create(PartnerDraft.of(existingName, PartnerType.COMPANY, "Valence"), false));
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(updatedName, PartnerType.COMPANY, "Lyon")
                                .withSiret(existingSiret),
                        false));
        String csv = String.join(
                "\r\n",
                "Raison sociale;SIRET;Type;Commune;Effectif;Cotisation;Membre depuis;Notes",
                created + ";" + siret.substring(0, 3) + " " + siret.substring(3)
                        + ";Entreprise;Romans-sur-Isère;1 200;1 234,50 €;15/03/2021;=HYPERLINK(\"http://x\")",
                "Mauvais SIRET;12345678901234;Entreprise;Valence;;;;",
                ";;Entreprise;Valence;;;;",
                created + " bis;" + siret + ";Entreprise;Valence;;;;",
                updatedName + ";" + existingSiret + ";;Grenoble;;;;",
                existingName.toUpperCase() + " SARL;;Entreprise;VALENCE;;;;",
                "Cotisation illisible;;Entreprise;Valence;;abc;;",
                "Type inconnu;;Licorne;Valence;;;;",
                association + ";;Association;Bourg-de-Péage;;;;",
                "");
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(
                        ImportTarget.PARTNERS, "export.csv", csv.getBytes(TabularReader.WINDOWS_1252), null));
        assertThat(upload.encoding()).isEqualTo("windows-1252");
        assertThat(upload.separator()).isEqualTo(";");
        assertThat(upload.suggestedMapping())
                .containsEntry("NAME", "Raison sociale")
                .containsEntry("SIRET", "SIRET")
                .containsEntry("TOWN", "Commune")
                .containsEntry("MEMBER_FEE", "Cotisation")
                .containsEntry("MEMBER_SINCE", "Membre depuis")
                .containsEntry("HEADCOUNT", "Effectif");

        ImportReport report = as.call("officer", () -> imports.dryRun(upload.id(), null));

        assertThat(report.lines())
                .extracting(ImportLine::line, ImportLine::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, ImportOutcome.CREATE),
                        org.assertj.core.groups.Tuple.tuple(3, ImportOutcome.REJECT),
                        org.assertj.core.groups.Tuple.tuple(4, ImportOutcome.REJECT),
                        org.assertj.core.groups.Tuple.tuple(5, ImportOutcome.SKIP_DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple(6, ImportOutcome.UPDATE),
                        org.assertj.core.groups.Tuple.tuple(7, ImportOutcome.SKIP_DUPLICATE),
                        org.assertj.core.groups.Tuple.tuple(8, ImportOutcome.REJECT),
                        org.assertj.core.groups.Tuple.tuple(9, ImportOutcome.REJECT),
                        org.assertj.core.groups.Tuple.tuple(10, ImportOutcome.CREATE));
        assertThat(report.lines().get(1).reason()).contains("SIRET");
        assertThat(report.lines().get(2).reason()).contains("Nom");
        assertThat(report.lines().get(3).reason()).contains("ligne 2");
        assertThat(report.lines().get(6).reason()).contains("abc");
        assertThat(report.lines().get(7).reason()).contains("Licorne");
        assertThat(byName(created)).as("a dry run writes nothing").isNull();

        ImportReport done = as.call("officer", () -> imports.apply(upload.id()));

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(done.processed()).isEqualTo(3);
        PartnerDetails p =
                as.call("viewer", () -> partners.details(byName(created).id()));
        assertThat(p.siret()).isEqualTo(siret);
        assertThat(p.town()).isEqualTo("Romans-sur-Isère");
        assertThat(p.headcount()).isEqualTo(1200);
        assertThat(p.memberFee()).isEqualByComparingTo(new BigDecimal("1234.50"));
        assertThat(p.memberSince()).isEqualTo(LocalDate.of(2021, 3, 15));
        assertThat(p.notes()).as("formula stored as text").isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(byName(association)).isNotNull();
        assertThat(byName(updatedName).town()).isEqualTo("Grenoble");
    }

    @Test
    void aFailureMidwayChangesNothing() {
        String a = Fixtures.name("Rollback A");
        String b = Fixtures.name("Rollback B");
        String c = Fixtures.name("Rollback C");
        String csv = "Nom,Ville\n" + a + ",Die\n" + b + ",Die\n" + c + ",Die\n";
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(ImportTarget.PARTNERS, "x.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        assertThat(as.call("officer", () -> imports.dryRun(upload.id(), null)).creates())
                .isEqualTo(3);
        failing.armAt(3);
        try {
            ImportReport failed = as.call("officer", () -> imports.apply(upload.id()));
            assertThat(failed.state()).isEqualTo(ImportState.FAILED);
            assertThat(failed.error()).isNotBlank();
        } finally {
            failing.disarm();
        }
        assertThat(byName(a)).isNull();
        assertThat(byName(b)).isNull();
    }

    /**
     * More lines than one chunk: a failure after the first chunk was flushed (its audit rows copied) leaves no
     * record and no audit row; applied again, the import is ONE revision of the importer, with an audit row per
     * record (a contact created in the first chunk and changed in the second keeps one row) that the history reads.
     */
    @Test
    void aLargeImportIsOneRevisionOfTheImporterAndAFailureAfterAChunkLeavesNothing() {
        String prefix = Fixtures.name("Lot").replace(' ', '-');
        int lines = ImportApplier.BATCH + 20;
        StringBuilder csv = new StringBuilder("Nom;Ville;Contact;Courriel\n");
        for (int i = 0; i < lines; i++) {
            // the last line names the first line's contact again (same e-mail): created in chunk 1, changed in 2
            int person = i == lines - 1 ? 0 : i;
            csv.append(prefix)
                    .append(" Société ")
                    .append(i)
                    .append(";Die;Claire MARTIN ")
                    .append(person);
            csv.append(';')
                    .append(prefix.toLowerCase())
                    .append('.')
                    .append(person)
                    .append("@example.fr\n");
        }
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(
                        ImportTarget.PARTNERS, "lot.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null));
        assertThat(as.call("officer", () -> imports.dryRun(upload.id(), null)).creates())
                .isEqualTo(lines);
        String ofLot = " where name like '" + prefix + " %'";
        failing.armAt(ImportApplier.BATCH + 10);
        try {
            assertThat(as.call("officer", () -> imports.apply(upload.id())).state())
                    .isEqualTo(ImportState.FAILED);
        } finally {
            failing.disarm();
        }
        assertThat(jdbc.queryForObject("select count(*) from partner" + ofLot, Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from partner_aud" + ofLot, Long.class))
                .isZero();

        as.call("officer", () -> imports.dryRun(upload.id(), null));
        ImportReport done = as.call("officer", () -> imports.apply(upload.id()));

        assertThat(done.state()).isEqualTo(ImportState.DONE);
        assertThat(jdbc.queryForObject("select count(*) from partner" + ofLot, Long.class))
                .isEqualTo(lines);
        List<Long> revisions = jdbc.queryForList("select distinct rev from partner_aud" + ofLot, Long.class);
        assertThat(revisions).hasSize(1);
        long rev = revisions.get(0);
        assertThat(jdbc.queryForObject("select username from revinfo where rev = ?", String.class, rev))
                .isEqualTo("officer");
        assertThat(jdbc.queryForObject("select count(*) from partner_aud" + ofLot + " and revtype = 0", Long.class))
                .isEqualTo(lines);
        String contactsOfLot = " where email like '" + prefix.toLowerCase() + ".%'";
        assertThat(jdbc.queryForObject("select count(*) from contact" + contactsOfLot, Long.class))
                .isEqualTo(lines - 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_aud" + contactsOfLot + " and rev = " + rev, Long.class))
                .as("one audit row per contact, the one changed by a later chunk too")
                .isEqualTo(lines - 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from affiliation_aud where rev = ? and contact_id in (select id from contact"
                                + contactsOfLot + ")",
                        Long.class,
                        rev))
                .isEqualTo(lines);
        assertThat(jdbc.queryForObject("select count(*) from revinfo_change where rev = ?", Long.class, rev))
                .as("partner, contact and affiliation of each line, the shared contact once")
                .isEqualTo(3L * lines - 1);
        long first = jdbc.queryForObject("select id from partner where name = ?", Long.class, prefix + " Société 0");
        List<HistoryEntry> history = as.call("admin", () -> this.history.page("Partner", first, 0, 10));
        assertThat(history).extracting(HistoryEntry::kind).containsExactly("ADD");
        assertThat(history.get(0).username()).isEqualTo("officer");
        assertThat(history.get(0).changes())
                .extracting(fr.levier.audit.FieldChange::after)
                .contains(prefix + " Société 0", "Die");
    }

    @Test
    void applyRefusesWhenTheDataChangedSinceTheDryRun() {
        String name = Fixtures.name("Concurrent");
        String siret = Fixtures.siret();
        String other = Fixtures.name("Autre ligne");
        String csv = "Nom;SIRET;Ville\n" + name + ";" + siret + ";Die\n" + other + ";;Die\n";
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(ImportTarget.PARTNERS, "x.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        as.call("officer", () -> imports.dryRun(upload.id(), null));
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(name, PartnerType.COMPANY, "Die").withSiret(siret), false));
        ImportReport r = as.call("officer", () -> imports.apply(upload.id()));
        assertThat(r.state()).isEqualTo(ImportState.FAILED);
        assertThat(r.error()).contains("analyse");
        assertThat(byName(other)).isNull();
    }

    @Test
    void contactsAreImportedWithTheirOrganisationAndChecked() {
        String structure = Fixtures.name("Structure Contacts");
        PartnerDetails partner = as.call(
                "officer", () -> partners.create(PartnerDraft.of(structure, PartnerType.FOUNDATION, "Valence"), false));
        String mail = Fixtures.name("claire").replace(' ', '.').toLowerCase() + "@example.fr";
        String csv = String.join(
                "\n",
                "Civilité,Prénom,Nom,Courriel,Téléphone,Structure,Fonction,Consentement",
                "Mme,Claire,Moreau," + mail + ",04 75 12 34 56," + structure + ",Directrice,oui",
                "M.,Paul,Faux,pas-un-courriel,,,,",
                "M.,Marc,Tel,,12 34,,,",
                "Mme,Anne,Ailleurs,,,Structure qui n'existe pas,,",
                "Mme,Claire,Moreau bis," + mail.toUpperCase() + ",,,,");
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(
                        ImportTarget.CONTACTS, "contacts.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        ImportReport report = as.call("officer", () -> imports.dryRun(upload.id(), null));
        assertThat(report.lines())
                .extracting(ImportLine::outcome)
                .containsExactly(
                        ImportOutcome.CREATE,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.REJECT,
                        ImportOutcome.SKIP_DUPLICATE);
        assertThat(as.call("officer", () -> imports.apply(upload.id())).state()).isEqualTo(ImportState.DONE);
        List<AffiliationView> links = as.call("viewer", () -> contacts.affiliationsOfPartner(partner.id()));
        assertThat(links)
                .extracting(AffiliationView::email, AffiliationView::phone, AffiliationView::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(mail, "+33475123456", "Directrice"));
        assertThat(as.call("viewer", () -> contacts.details(links.get(0).contactId()))
                        .consentStatus())
                .isEqualTo(ConsentStatus.GRANTED);
    }

    @Test
    void anExcelFileIsImportedAndAMappingCanBeSavedAndReused() throws Exception {
        String name = Fixtures.name("Classeur");
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            var h = sheet.createRow(0);
            h.createCell(0).setCellValue("Colonne A");
            h.createCell(1).setCellValue("Colonne B");
            h.createCell(2).setCellValue("Colonne C");
            var r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(name);
            r1.createCell(1).setCellValue("Tain-l'Hermitage");
            r1.createCell(2).setCellValue(2500.5);
            var r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("Sans cotisation lisible");
            r2.createCell(2).setCellValue("beaucoup");
            wb.write(out);
            xlsx = out.toByteArray();
        }
        ImportUpload upload =
                as.call("officer", () -> imports.upload(ImportTarget.PARTNERS, "export.xlsx", xlsx, null));
        assertThat(upload.format()).isEqualTo("XLSX");
        assertThat(upload.suggestedMapping()).isEmpty();
        ImportReport report = as.call(
                "officer",
                () -> imports.dryRun(
                        upload.id(), Map.of("NAME", "Colonne A", "TOWN", "Colonne B", "MEMBER_FEE", "Colonne C")));
        assertThat(report.lines())
                .extracting(ImportLine::outcome)
                .containsExactly(ImportOutcome.CREATE, ImportOutcome.REJECT);
        String mappingName = Fixtures.name("Export CCI");
        as.run("officer", () -> imports.saveMapping(upload.id(), mappingName));
        assertThat(as.call("officer", () -> imports.apply(upload.id())).state()).isEqualTo(ImportState.DONE);
        assertThat(as.call("viewer", () -> partners.details(byName(name).id())).memberFee())
                .isEqualByComparingTo("2500.50");

        ImportUpload again =
                as.call("officer", () -> imports.upload(ImportTarget.PARTNERS, "export.xlsx", xlsx, mappingName));
        assertThat(again.suggestedMapping())
                .containsEntry("NAME", "Colonne A")
                .containsEntry("TOWN", "Colonne B")
                .containsEntry("MEMBER_FEE", "Colonne C");
        assertThat(as.call("officer", () -> imports.savedMappings(ImportTarget.PARTNERS)))
                .contains(mappingName);
    }
}
