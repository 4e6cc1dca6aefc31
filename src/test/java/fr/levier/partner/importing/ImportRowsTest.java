package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows apply writes without the persistence context are those the JPA path writes: for each new partner of a
 * file (new partners, an update, a duplicate, an unchanged line), the partner, its search tokens, its contact, the
 * affiliation and the consent-log line are compared column by column with what {@code persist} writes for the same
 * plan (in a transaction rolled back); the audit rows and {@code revinfo_change} lines of the one revision are
 * checked, an unchanged line writes none, and an opt-out reaches the newsletter's suppression list.
 */
@IntegrationTest
class ImportRowsTest {

    private static final String HEADER =
            "Raison sociale;SIRET;Type;Contact;Fonction;Courriel;Téléphone;Newsletter;Code postal;Commune";

    @Autowired
    ImportService imports;

    @Autowired
    ImportJobs jobs;

    @Autowired
    PartnerService partners;

    @Autowired
    ConsentRecorder consent;

    @Autowired
    AsUser as;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager em;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Clock clock;

    private String tag;
    private Instant referenceCreatedAt;

    private String upload(String... lines) {
        String csv = HEADER + "\r\n" + String.join("\r\n", lines) + "\r\n";
        return as.call(
                        "officer",
                        () -> imports.upload(
                                ImportTarget.PARTNERS, "rows.csv", csv.getBytes(StandardCharsets.UTF_8), null))
                .id();
    }

    private String line(
            String name,
            String siret,
            String type,
            String contact,
            String job,
            String mail,
            String newsletter,
            String postcode,
            String town) {
        return String.join(
                ";",
                name,
                siret,
                type,
                contact,
                job,
                mail == null ? "" : mail + "." + tag + "@example.fr",
                "04 75 00 00 01",
                newsletter,
                postcode,
                town);
    }

    @Test
    void newRowsAreWhatPersistWritesAndOneRevisionAuditsOnlyWhatChanged() {
        tag = Fixtures.name("r").replace(' ', '-').toLowerCase(Locale.ROOT);
        String e = Fixtures.name("Existante");
        String f = Fixtures.name("Inchangée");
        String n1 = Fixtures.name("Nouvelle Régie des Eaux");
        String n2 = Fixtures.name("Association Les Cerisiers");
        String sE = Fixtures.siret();
        String sF = Fixtures.siret();
        String s1 = Fixtures.siret();
        String first = upload(
                line(e, sE, "Entreprise", "Paul MARTIN", "Gérant", "paul", "oui", "26150", "Die"),
                line(f, sF, "Entreprise", "Anne ROUX", "Gérante", "anne", "oui", "26150", "Die"));
        as.call("officer", () -> imports.dryRun(first, null));
        assertThat(as.call("officer", () -> imports.apply(first)).state()).isEqualTo(ImportState.DONE);
        Map<String, Object> fBefore = jdbc.queryForMap("select * from partner where siret = ?", sF);
        long eVersion = jdbc.queryForObject("select version from partner where siret = ?", Long.class, sE);

        String second = upload(
                line(
                        n1,
                        s1,
                        "Collectivité",
                        "Mme Claire DUPONT",
                        "Directrice",
                        "claire",
                        "oui",
                        "26100",
                        "Romans-sur-Isère"),
                line(e, sE, "Entreprise", "Paul MARTIN", "Président", "paul", "oui", "26000", "Valence"),
                line(n1 + " bis", s1, "Collectivité", "Luc BLANC", "", "luc", "oui", "26100", "Romans-sur-Isère"),
                line(n2, "", "Association", "Jean DE LA FONTAINE", "", "jean", "non", "26000", "Valence"),
                line(f, sF, "Entreprise", "Anne ROUX", "Gérante", "anne", "oui", "26150", "Die"));
        ImportReport dry = as.call("officer", () -> imports.dryRun(second, null));
        assertThat(dry.lines())
                .extracting(ImportLine::outcome)
                .containsExactly(
                        ImportOutcome.CREATE,
                        ImportOutcome.UPDATE,
                        ImportOutcome.SKIP_DUPLICATE,
                        ImportOutcome.CREATE,
                        ImportOutcome.UPDATE);
        Map<Integer, Rows> expected = new HashMap<>();
        for (PlannedLine l : jobs.get(second).plan) {
            if (l.outcome() == ImportOutcome.CREATE) {
                expected.put(l.line(), throughJpa(l));
            }
        }

        ImportReport applied = as.call("officer", () -> imports.apply(second));
        assertThat(applied.state()).as(String.valueOf(applied.error())).isEqualTo(ImportState.DONE);

        Rows newOne = written(jdbc.queryForObject("select id from partner where siret = ?", Long.class, s1));
        assertThat(newOne).isEqualTo(expected.get(2));
        Rows withoutSiret = written(jdbc.queryForObject("select id from partner where name = ?", Long.class, n2));
        assertThat(withoutSiret).isEqualTo(expected.get(5));
        assertThat(newOne.partner).containsEntry("created_by", "officer").containsEntry("version", 0L);
        assertThat(newOne.tokens).contains("regie", "eaux", "romans");
        Map<String, Object> n1Row = jdbc.queryForMap("select * from partner where siret = ?", s1);
        Instant created = ((Timestamp) n1Row.get("created_at")).toInstant();
        assertThat(Duration.between(referenceCreatedAt, created).abs())
                .as("created at the time persist writes, in the same time zone")
                .isLessThan(Duration.ofMinutes(2));
        assertThat(n1Row.get("updated_at")).isEqualTo(n1Row.get("created_at"));

        Map<String, Object> eRow = jdbc.queryForMap("select * from partner where siret = ?", sE);
        assertThat(eRow).containsEntry("town", "Valence").containsEntry("normalized_town", "valence");
        assertThat(((Number) eRow.get("version")).longValue()).isEqualTo(eVersion + 1);
        assertThat(jdbc.queryForMap("select * from partner where siret = ?", sF))
                .isEqualTo(fBefore);
        assertThat(jdbc.queryForObject(
                        "select job_title from contact where email = ?", String.class, "paul." + tag + "@example.fr"))
                .isEqualTo("Président");
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_suppression where email = ?",
                        Long.class,
                        "jean." + tag + "@example.fr"))
                .as("the refusal of a new contact reaches the suppression list")
                .isEqualTo(1L);

        long rev = jdbc.queryForObject("select rev from partner_aud where id = ?", Long.class, id(n1Row));
        long eId = id(eRow);
        long fId = id(fBefore);
        long withoutSiretId = jdbc.queryForObject("select id from partner where name = ?", Long.class, n2);
        assertThat(audit("partner", id(n1Row), rev)).isEqualTo(auditedPart("partner", id(n1Row), 0));
        assertThat(audit("partner", withoutSiretId, rev)).isEqualTo(auditedPart("partner", withoutSiretId, 0));
        assertThat(audit("partner", eId, rev)).isEqualTo(auditedPart("partner", eId, 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from partner_aud where id = ? and rev = ?", Long.class, fId, rev))
                .as("a line that changes nothing writes no audit row")
                .isZero();
        long claire = contactId("claire");
        assertThat(audit("contact", claire, rev)).isEqualTo(auditedPart("contact", claire, 0));
        assertThat(audit("contact", contactId("paul"), rev)).isEqualTo(auditedPart("contact", contactId("paul"), 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_aud where id = ? and rev = ?",
                        Long.class,
                        contactId("anne"),
                        rev))
                .isZero();
        long affiliation = jdbc.queryForObject("select id from affiliation where contact_id = ?", Long.class, claire);
        assertThat(audit("affiliation", affiliation, rev)).isEqualTo(auditedPart("affiliation", affiliation, 0));
        Set<String> changes = new HashSet<>();
        jdbc.query(
                "select entity_type, entity_id, change_kind from revinfo_change where rev = ?",
                rs -> {
                    changes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                },
                rev);
        assertThat(changes)
                .containsExactlyInAnyOrder(
                        "Partner " + id(n1Row) + " ADD",
                        "Partner " + withoutSiretId + " ADD",
                        "Partner " + eId + " MOD",
                        "Contact " + claire + " ADD",
                        "Contact " + contactId("jean") + " ADD",
                        "Contact " + contactId("paul") + " MOD",
                        "Affiliation " + affiliation + " ADD",
                        "Affiliation "
                                + jdbc.queryForObject(
                                        "select id from affiliation where contact_id = ?",
                                        Long.class,
                                        contactId("jean"))
                                + " ADD");
    }

    /** The database changed under the plan: apply refuses, names the lines, and writes nothing. */
    @Test
    void applyRefusesTheLinesWhoseRecordsChangedSinceTheDryRun() {
        tag = Fixtures.name("c").replace(' ', '-').toLowerCase(Locale.ROOT);
        String e = Fixtures.name("Modifiée Entre Temps");
        String n = Fixtures.name("Créée Entre Temps");
        String other = Fixtures.name("Tranquille");
        String sE = Fixtures.siret();
        String sN = Fixtures.siret();
        String first = upload(line(e, sE, "Entreprise", "Paul MARTIN", "Gérant", "paul", "oui", "26150", "Die"));
        as.call("officer", () -> imports.dryRun(first, null));
        as.call("officer", () -> imports.apply(first));
        long eId = jdbc.queryForObject("select id from partner where siret = ?", Long.class, sE);

        String second = upload(
                line(e, sE, "Entreprise", "Paul MARTIN", "Gérant", "paul", "oui", "26000", "Valence"),
                line(n, sN, "Entreprise", "Marc NOIR", "", "marc", "", "26000", "Valence"),
                line(other, "", "Entreprise", "Léa VERT", "", "lea", "", "26000", "Valence"));
        assertThat(as.call("officer", () -> imports.dryRun(second, null)).creates())
                .isEqualTo(2);
        // someone else changes the partner the file updates (a new version), and creates the one it creates
        jdbc.update("update partner set town = 'Crest', version = version + 1 where id = ?", eId);
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(n, PartnerType.COMPANY, "Valence").withSiret(sN), true));

        ImportReport refused = as.call("officer", () -> imports.apply(second));

        assertThat(refused.state()).isEqualTo(ImportState.FAILED);
        assertThat(refused.error()).contains("2, 3");
        assertThat(refused.lines().get(0).warning()).contains("depuis l'analyse");
        assertThat(refused.lines().get(1).warning()).contains("créée depuis l'analyse");
        assertThat(refused.lines().get(2).warning()).doesNotContain("depuis");
        assertThat(jdbc.queryForObject("select count(*) from partner where name = ?", Long.class, other))
                .isZero();
        assertThat(jdbc.queryForObject("select town from partner where id = ?", String.class, eId))
                .isEqualTo("Crest");
    }

    /** What the JPA path writes for a planned new partner and its contact, read back, then rolled back. */
    private Rows throughJpa(PlannedLine l) {
        return as.call(
                "officer",
                () -> transactions.execute(status -> {
                    status.setRollbackOnly();
                    Partner p = new Partner(
                            l.partnerDraft().name(), l.partnerDraft().type());
                    p.apply(l.partnerDraft());
                    em.persist(p);
                    Contact c = new Contact(l.contactDraft());
                    em.persist(c);
                    consent.record(c, ConsentState.NONE, ConsentChannel.IMPORT, null, null);
                    em.persist(new Affiliation(c, p, Partner.blankToNull(l.role()), LocalDate.now(clock)));
                    em.flush();
                    referenceCreatedAt = jdbc.queryForObject(
                                    "select created_at from partner where id = ?", Timestamp.class, p.getId())
                            .toInstant();
                    return written(p.getId());
                }));
    }

    /** A partner's rows and those of its contact, without ids and times (which differ between two writes). */
    private Rows written(long partnerId) {
        Map<String, Object> partner = plain(jdbc.queryForMap("select * from partner where id = ?", partnerId));
        Set<String> tokens = new HashSet<>(jdbc.queryForList(
                "select token from partner_search_token where partner_id = ?", String.class, partnerId));
        long contactId =
                jdbc.queryForObject("select contact_id from affiliation where partner_id = ?", Long.class, partnerId);
        return new Rows(
                partner,
                tokens,
                plain(jdbc.queryForMap("select * from contact where id = ?", contactId)),
                plain(jdbc.queryForMap("select * from affiliation where partner_id = ?", partnerId)),
                plain(jdbc.queryForMap("select * from consent_log where contact_id = ?", contactId)));
    }

    record Rows(
            Map<String, Object> partner,
            Set<String> tokens,
            Map<String, Object> contact,
            Map<String, Object> affiliation,
            Map<String, Object> consentLog) {}

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> m = new HashMap<>();
        row.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if (!Set.of("id", "created_at", "updated_at", "recorded_at", "contact_id", "partner_id")
                    .contains(key)) {
                m.put(key, v instanceof Number n && !(v instanceof java.math.BigDecimal) ? n.longValue() : v);
            }
        });
        return m;
    }

    private long contactId(String mail) {
        return jdbc.queryForObject(
                "select id from contact where email = ?", Long.class, mail + "." + tag + "@example.fr");
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    /** The audit row of a record in a revision, its own columns only, with its kind. */
    private Map<String, Object> audit(String table, long id, long rev) {
        Map<String, Object> row = new HashMap<>();
        jdbc.queryForMap("select * from " + table + "_aud where id = ? and rev = ?", id, rev)
                .forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), v));
        row.remove("rev");
        return normalise(row);
    }

    /** The record's current row, restricted to the audited columns, with the kind expected. */
    private Map<String, Object> auditedPart(String table, long id, int revtype) {
        Set<String> audited = new HashSet<>(audit(
                        table,
                        id,
                        jdbc.queryForObject("select max(rev) from " + table + "_aud where id = ?", Long.class, id))
                .keySet());
        Map<String, Object> row = new HashMap<>();
        jdbc.queryForMap("select * from " + table + " where id = ?", id).forEach((k, v) -> {
            if (audited.contains(k.toLowerCase(Locale.ROOT))) {
                row.put(k.toLowerCase(Locale.ROOT), v);
            }
        });
        row.put("revtype", revtype);
        return normalise(row);
    }

    private static Map<String, Object> normalise(Map<String, Object> row) {
        Map<String, Object> m = new HashMap<>();
        row.forEach(
                (k, v) -> m.put(k, v instanceof Number n && !(v instanceof java.math.BigDecimal) ? n.longValue() : v));
        return m;
    }
}
