package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** RGPD rights of a contact: access (JSON, PDF) and an erasure that leaves no copy of the person. */
@IntegrationTest
@RecordApplicationEvents
class PersonalDataTest {

    private static final String PASSWORD = "levier-demo-2026";

    @Autowired
    AsUser as;

    @Autowired
    ContactService contacts;

    @Autowired
    PartnerService partners;

    @Autowired
    InteractionService interactions;

    @Autowired
    TaskService tasks;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @LocalServerPort
    int port;

    record Person(long contactId, long partnerId, String lastName, String email) {}

    private Person person() {
        String last = "Zorglub" + Fixtures.name("").replaceAll("\\W", "");
        String email = last.toLowerCase() + "@exemple.fr";
        long partnerId = as.call(
                        "officer",
                        () -> partners.create(
                                PartnerDraft.of(Fixtures.name("Erasure"), PartnerType.ASSOCIATION, "Romans"), true))
                .id();
        ContactDraft draft = new ContactDraft(
                Civility.MME,
                "Jeanne",
                last,
                "Directrice",
                email,
                null,
                "04 75 12 34 56",
                null,
                "fr",
                ConsentStatus.GRANTED,
                LocalDate.of(2026, 1, 5),
                "Salon",
                null,
                false,
                null);
        ContactDetails c = as.call("officer", () -> contacts.create(draft, true));
        // a second revision in the audit tables, with the old job title
        as.call("officer", () -> contacts.update(c.id(), withJob(draft, "Présidente", c.version())));
        as.call(
                "officer",
                () -> contacts.affiliate(
                        new AffiliationDraft(c.id(), partnerId, "Trésorière", LocalDate.of(2025, 1, 1))));
        as.call(
                "officer",
                () -> interactions.create(new InteractionDraft(
                        partnerId,
                        InteractionKind.MEETING,
                        LocalDate.of(2026, 2, 1),
                        "Rendez-vous avec Mme " + last,
                        "Jeanne " + last + " rappellera au 04.75.12.34.56 ou " + email + " ; budget 12 000 €.",
                        Set.of(c.id()),
                        List.of(),
                        null,
                        null)));
        as.call(
                "officer",
                () -> interactions.create(new InteractionDraft(
                        partnerId,
                        InteractionKind.CALL,
                        LocalDate.of(2026, 2, 2),
                        "Appel du trésorier",
                        "Il a cité jeanne " + last.toUpperCase() + " comme référente.",
                        Set.of(),
                        List.of(),
                        null,
                        null)));
        as.call(
                "officer",
                () -> tasks.create(new TaskDraft("Relancer " + last, null, "officer", partnerId, c.id(), null, false)));
        return new Person(c.id(), partnerId, last, email);
    }

    private static ContactDraft withJob(ContactDraft d, String job, long version) {
        return new ContactDraft(
                d.civility(),
                d.firstName(),
                d.lastName(),
                job,
                d.email(),
                d.email2(),
                d.phone(),
                d.mobile(),
                d.language(),
                d.consentStatus(),
                d.consentDate(),
                d.consentSource(),
                d.legalBasis(),
                d.doNotContact(),
                version);
    }

    @Autowired
    fr.levier.audit.AuditLogService auditLog;

    @Test
    void theErasureKeepsItsReasonInTheErasureRecordAndTheAuditLog() {
        Person p = person();
        String reason = "Demande de la personne reçue le 12/11/2026 (courrier n° 2026-118)";

        // a blank reason is refused by name, and nothing is erased
        assertThatThrownBy(() -> as.run("admin", () -> personalData.erase(p.contactId(), "  ")))
                .isInstanceOfSatisfying(fr.levier.shared.BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("reason"));
        assertThat(as.call("viewer", () -> contacts.details(p.contactId())).lastName())
                .isEqualTo(p.lastName());

        as.run("admin", () -> personalData.erase(p.contactId(), reason));

        assertThat(jdbc.queryForObject(
                        "select reason from contact_erasure where contact_id = ?", String.class, p.contactId()))
                .isEqualTo(reason);
        var lines = as.call(
                        "admin",
                        () -> auditLog.search(
                                new fr.levier.audit.AuditLogFilter(
                                        null, "Contact", String.valueOf(p.contactId()), null, null),
                                org.springframework.data.domain.PageRequest.of(0, 10)))
                .getContent();
        // newest first: the erasure (MOD of the contact) carries the reason; the creation has none
        assertThat(lines.get(0).kind()).isEqualTo("MOD");
        assertThat(lines.get(0).note()).isEqualTo(reason);
        assertThat(lines).extracting(fr.levier.audit.AuditLogLine::note).containsOnlyOnce(reason);
        // without a reason (API without ?reason=), the person's request is recorded
        Person q = person();
        as.run("admin", () -> personalData.erase(q.contactId()));
        assertThat(jdbc.queryForObject(
                        "select reason from contact_erasure where contact_id = ?", String.class, q.contactId()))
                .isEqualTo(PersonalDataService.DEFAULT_REASON);
    }

    @Test
    void erasureLeavesNoCopyOfThePersonInLiveRowsAuditRowsOrTexts() {
        Person p = person();
        assertThat(countMentions(p)).as("the data is there before").isPositive();

        as.run("admin", () -> personalData.erase(p.contactId()));

        assertThat(countMentions(p)).as("rows still naming the person").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contact_aud where id = ? and (phone is not null or job_title is not null"
                                + " or consent_source is not null or first_name is not null)",
                        Long.class,
                        p.contactId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from affiliation_aud where contact_id = ? and role is not null",
                        Long.class,
                        p.contactId()))
                .isZero();
        // the history stays: the contact row, its interactions, its task, its affiliation
        ContactDetails erased = as.call("viewer", () -> contacts.details(p.contactId()));
        assertThat(erased.lastName()).isEqualTo(Contact.ERASED_NAME);
        assertThat(erased.email()).isNull();
        assertThat(erased.doNotContact()).isTrue();
        var timeline = as.call(
                "viewer",
                () -> interactions.ofPartner(p.partnerId(), org.springframework.data.domain.Pageable.unpaged()));
        assertThat(timeline.getContent()).hasSize(2);
        assertThat(timeline.getContent())
                .extracting(InteractionView::summary)
                .anySatisfy(s -> assertThat(s).contains("budget 12 000 €").contains(PersonalTextScrubber.MARK))
                .anySatisfy(
                        s -> assertThat(s).isEqualTo("Il a cité " + PersonalTextScrubber.MARK + " comme référente."));
        assertThat(as.call("viewer", () -> contacts.affiliationsOfContact(p.contactId())))
                .hasSize(1);
        // the erasure itself is recorded: who, when, which contact — nothing else
        Map<String, Object> log = jdbc.queryForMap(
                "select erased_by, erased_at from contact_erasure where contact_id = ?", p.contactId());
        assertThat(log.get("erased_by")).isEqualTo("admin");
        assertThat(events.stream(ContactErased.class)).containsExactly(new ContactErased(p.contactId()));
    }

    @Test
    void onlyAnAdministratorErasesAndTheOrdinaryDeleteIsRefusedWithAPointer() {
        Person p = person();
        ApiClient api = new ApiClient(port);
        var delete = api.basic("officer", PASSWORD).delete("/api/contacts/" + p.contactId());
        assertThat(delete.statusCode()).isEqualTo(422);
        assertThat(delete.body()).contains("/api/contacts/" + p.contactId() + "/erasure");
        assertThat(api.basic("officer", PASSWORD)
                        .post("/api/contacts/" + p.contactId() + "/erasure", "")
                        .statusCode())
                .isEqualTo(403);
        assertThatThrownBy(() -> as.run("officer", () -> contacts.delete(p.contactId())))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(countMentions(p)).isPositive();

        assertThat(api.basic("admin", PASSWORD)
                        .post("/api/contacts/" + p.contactId() + "/erasure", "")
                        .statusCode())
                .isEqualTo(204);
        assertThat(countMentions(p)).isZero();
    }

    @Test
    void rightOfAccessExportsEverythingHeldAndIsLogged() {
        Person p = person();
        long logsBefore = jdbc.queryForObject(
                "select count(*) from personal_data_export where what = 'contact-access'", Long.class);
        ApiClient api = new ApiClient(port);
        var json = api.basic("officer", PASSWORD).get("/api/contacts/" + p.contactId() + "/personal-data");
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.body())
                .contains(p.email())
                .contains("\"affiliations\"")
                .contains("Trésorière")
                .contains("Rendez-vous avec Mme " + p.lastName())
                .contains("Relancer " + p.lastName())
                .contains("\"history\"")
                .contains("Directrice"); // the old job title, from the audit tables
        assertThat(api.basic("viewer", PASSWORD)
                        .get("/api/contacts/" + p.contactId() + "/personal-data")
                        .statusCode())
                .isEqualTo(403);
        byte[] pdf = as.call("officer", () -> personalData.exportPdf(p.contactId()));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(jdbc.queryForObject(
                        "select count(*) from personal_data_export where what = 'contact-access'", Long.class))
                .isEqualTo(logsBefore + 2);
    }

    /** Rows of any table of the partner module (live or audit) that still name the person. */
    private long countMentions(Person p) {
        String like = "%" + p.lastName().toLowerCase() + "%";
        String email = "%" + p.email() + "%";
        long n = 0;
        n += jdbc.queryForObject(
                "select count(*) from contact where lower(last_name) like ? or email like ?", Long.class, like, email);
        n += jdbc.queryForObject(
                "select count(*) from contact_aud where lower(last_name) like ? or email like ?",
                Long.class,
                like,
                email);
        n += jdbc.queryForObject(
                "select count(*) from interaction where lower(subject) like ? or lower(summary) like ?"
                        + " or (partner_id = ? and summary like '%04.75.12.34.56%')",
                Long.class, like, like, p.partnerId());
        n += jdbc.queryForObject("select count(*) from crm_task where lower(title) like ?", Long.class, like);
        return n;
    }
}
