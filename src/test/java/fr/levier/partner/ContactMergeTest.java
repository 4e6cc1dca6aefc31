package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.shared.api.NotFoundException;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two records of one person merged field by field through the API: affiliations (a shared one kept once),
 * interactions, tasks and the consent log move to the survivor; the other record is gone; stale versions and
 * the same record twice are refused.
 */
@IntegrationTest
class ContactMergeTest {

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
    InteractionService interactions;

    @Autowired
    TaskService tasks;

    @Autowired
    ConsentLogService consentLog;

    private final ObjectMapper json = new ObjectMapper();

    private long partner(String name) {
        return as.call(
                        "officer",
                        () -> partners.create(PartnerDraft.of(Fixtures.name(name), PartnerType.COMPANY, "Die"), true))
                .id();
    }

    private String mail(String who) {
        return Fixtures.name(who).replace(' ', '.').toLowerCase() + "@example.fr";
    }

    @Test
    void twoRecordsOfOnePersonBecomeOneWithEverythingAttached() {
        long shared = partner("Commun");
        long onlyMerged = partner("Seulement fusionnée");
        String keptMail = mail("garde");
        String goneMail = mail("partie");
        ContactDetails kept =
                as.call("officer", () -> contacts.create(ContactDraft.of("Claire", "Dumas", keptMail), true));
        ContactDraft goneDraft = new ContactDraft(
                null,
                "Claire",
                "DUMAS",
                "Directrice",
                goneMail,
                null,
                "04 75 00 11 22",
                null,
                "fr",
                ConsentStatus.GRANTED,
                LocalDate.now().minusDays(3),
                "Salon",
                LegalBasis.CONSENT,
                false,
                null);
        ContactDetails gone = as.call("officer", () -> contacts.create(goneDraft, true));
        as.run("officer", () -> contacts.affiliate(new AffiliationDraft(kept.id(), shared, "Directrice", null)));
        as.run("officer", () -> contacts.affiliate(new AffiliationDraft(gone.id(), shared, "Directrice", null)));
        as.run("officer", () -> contacts.affiliate(new AffiliationDraft(gone.id(), onlyMerged, "Présidente", null)));
        long meeting = as.call(
                        "officer",
                        () -> interactions.create(new InteractionDraft(
                                onlyMerged,
                                InteractionKind.MEETING,
                                LocalDate.now(),
                                "Rencontre",
                                null,
                                Set.of(gone.id()),
                                List.of("officer"),
                                null,
                                null)))
                .id();
        long task = as.call(
                        "officer",
                        () -> tasks.create(
                                new TaskDraft("Rappeler Claire", null, "officer", null, gone.id(), null, false)))
                .id();
        long goneLog = as.call("viewer", () -> consentLog.history(gone.id(), PageRequest.of(0, 10)))
                .getTotalElements();
        assertThat(goneLog).isEqualTo(1);

        ApiClient officer = new ApiClient(port).basic("officer", PASSWORD);
        HttpResponse<String> stale = officer.post(
                "/api/contacts/" + kept.id() + "/merge",
                "{\"mergedId\":" + gone.id() + ",\"survivorVersion\":" + (kept.version() + 7) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> same =
                officer.post("/api/contacts/" + kept.id() + "/merge", "{\"mergedId\":" + kept.id() + "}");
        assertThat(same.statusCode()).isEqualTo(422);
        assertThat(new ApiClient(port)
                        .basic("viewer", PASSWORD)
                        .post("/api/contacts/" + kept.id() + "/merge", "{\"mergedId\":" + gone.id() + "}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> merged = officer.post(
                "/api/contacts/" + kept.id() + "/merge",
                "{\"mergedId\":" + gone.id() + ",\"takeFromMerged\":[\"CONSENT\",\"PHONES\",\"JOB_TITLE\"],"
                        + "\"survivorVersion\":" + kept.version() + ",\"mergedVersion\":" + gone.version() + "}");
        assertThat(merged.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(merged.body());
        assertThat(body.path("email").asString()).isEqualTo(keptMail);
        assertThat(body.path("email2").asString()).isEqualTo(goneMail);
        assertThat(body.path("lastName").asString()).isEqualTo("Dumas");
        assertThat(body.path("jobTitle").asString()).isEqualTo("Directrice");
        assertThat(body.path("consentStatus").asString()).isEqualTo("GRANTED");

        assertThat(officer.get("/api/contacts/" + gone.id()).statusCode()).isEqualTo(404);
        assertThat(as.call("viewer", () -> contacts.affiliationsOfContact(kept.id())))
                .extracting(AffiliationView::partnerId)
                .containsExactlyInAnyOrder(shared, onlyMerged);
        assertThat(as.call("viewer", () -> interactions.get(meeting)).contactNames())
                .containsExactly("Claire Dumas");
        assertThat(as.call("viewer", () -> tasks.get(task)).contactId()).isEqualTo(kept.id());
        assertThat(as.call("viewer", () -> consentLog.history(kept.id(), PageRequest.of(0, 10)))
                        .getTotalElements())
                .as("the merged record's log and the survivor's change")
                .isEqualTo(3);
        try {
            as.call("viewer", () -> contacts.details(gone.id()));
            throw new AssertionError("the merged record must be gone");
        } catch (NotFoundException expected) {
            // gone
        }
    }

    @Test
    void theMergedFieldsAreChosenOneByOne() {
        ContactDraft s = ContactDraft.of("Jean", "Martin", "jean.martin@example.fr");
        ContactDraft m = new ContactDraft(
                Civility.M,
                "Jean-Pierre",
                "MARTIN",
                "Gérant",
                "jp.martin@example.fr",
                null,
                "0475001122",
                "0600000000",
                "en",
                ConsentStatus.REFUSED,
                null,
                null,
                null,
                true,
                null);
        ContactDraft none = ContactMergeService.combine(s, m, Set.of());
        assertThat(none.firstName()).isEqualTo("Jean");
        assertThat(none.email()).isEqualTo("jean.martin@example.fr");
        assertThat(none.email2()).isEqualTo("jp.martin@example.fr");
        assertThat(none.doNotContact()).as("do not contact always wins").isTrue();
        assertThat(none.jobTitle()).isNull();
        ContactDraft all = ContactMergeService.combine(
                s, m, Set.of(ContactField.NAME, ContactField.EMAIL, ContactField.PHONES, ContactField.LANGUAGE));
        assertThat(all.firstName()).isEqualTo("Jean-Pierre");
        assertThat(all.email()).isEqualTo("jp.martin@example.fr");
        assertThat(all.email2()).isEqualTo("jean.martin@example.fr");
        assertThat(all.mobile()).isEqualTo("0600000000");
        assertThat(all.language()).isEqualTo("en");
    }
}
