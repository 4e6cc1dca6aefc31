package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.partner.importing.ImportService;
import fr.levier.partner.importing.ImportState;
import fr.levier.partner.importing.ImportTarget;
import fr.levier.partner.importing.ImportUpload;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The consent log: every consent change (form, import, unsubscribe) is a line with who recorded it, how,
 * and the state after; other edits add nothing; the log exports as CSV and goes with an erased contact.
 */
@IntegrationTest
class ConsentLogTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ConsentLogService log;

    @Autowired
    ImportService imports;

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    private List<ConsentEntry> history(long contactId) {
        return as.call("viewer", () -> log.history(contactId, PageRequest.of(0, 50)))
                .getContent();
    }

    private static ContactDraft withConsent(ContactDetails c, ConsentStatus status, LegalBasis basis, String source) {
        ContactDraft d = c.toDraft();
        return new ContactDraft(
                d.civility(),
                d.firstName(),
                d.lastName(),
                d.jobTitle(),
                d.email(),
                d.email2(),
                d.phone(),
                d.mobile(),
                d.language(),
                status,
                LocalDate.of(2026, 11, 20),
                source,
                basis,
                d.doNotContact(),
                d.version());
    }

    @Test
    void everyConsentChangeFromTheFormIsLoggedWithWhoAndHowButOtherEditsAreNot() {
        String mail = Fixtures.name("log").replace(' ', '.').toLowerCase() + "@example.fr";
        ContactDetails c = as.call("officer", () -> contacts.create(ContactDraft.of("Léa", "Journal", mail), false));
        assertThat(history(c.id())).singleElement().satisfies(e -> {
            assertThat(e.previousStatus()).isNull();
            assertThat(e.status()).isEqualTo(ConsentStatus.UNKNOWN);
            assertThat(e.channel()).isEqualTo(ConsentChannel.FORM);
            assertThat(e.recordedBy()).isEqualTo("officer");
        });

        ContactDetails granted = as.call(
                "officer",
                () -> contacts.update(
                        c.id(), withConsent(c, ConsentStatus.GRANTED, LegalBasis.CONSENT, "Salon de l'habitat")));
        ContactDraft renamed = granted.toDraft();
        as.call(
                "admin",
                () -> contacts.update(
                        c.id(),
                        new ContactDraft(
                                renamed.civility(),
                                "Léa-Marie",
                                renamed.lastName(),
                                "Directrice",
                                renamed.email(),
                                renamed.email2(),
                                renamed.phone(),
                                renamed.mobile(),
                                renamed.language(),
                                renamed.consentStatus(),
                                renamed.consentDate(),
                                renamed.consentSource(),
                                renamed.legalBasis(),
                                renamed.doNotContact(),
                                renamed.version())));

        List<ConsentEntry> lines = history(c.id());
        assertThat(lines).hasSize(2);
        ConsentEntry last = lines.get(0);
        assertThat(last.previousStatus()).isEqualTo(ConsentStatus.UNKNOWN);
        assertThat(last.status()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(last.source()).isEqualTo("Salon de l'habitat");
        assertThat(last.legalBasis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(last.consentDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(last.recordedBy()).isEqualTo("officer");

        assertThat(as.call("viewer", () -> log.withdraw(c.id(), ConsentChannel.UNSUBSCRIBE_LINK, "« Lettre »")))
                .isTrue();
        ConsentEntry withdrawn = history(c.id()).get(0);
        assertThat(withdrawn.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(withdrawn.previousStatus()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(withdrawn.channel()).isEqualTo(ConsentChannel.UNSUBSCRIBE_LINK);
        assertThat(withdrawn.recordedBy()).isEqualTo("contact");
        assertThat(as.call("viewer", () -> contacts.details(c.id())).consentStatus())
                .isEqualTo(ConsentStatus.WITHDRAWN);

        String csv = new String(as.call("viewer", () -> log.exportCsv(c.id(), Locale.FRENCH)), StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv)
                .contains("Salon de l'habitat")
                .contains("Lien de désinscription")
                .contains("officer");

        // contacts are never deleted, only erased (RGPD): the log stays as evidence and names no one
    }

    @Test
    void anImportThatChangesConsentIsLoggedAsAnImport() {
        String structure = Fixtures.name("Structure Consentement");
        as.call("officer", () -> partners.create(PartnerDraft.of(structure, PartnerType.ASSOCIATION, "Die"), false));
        String mail = Fixtures.name("imp").replace(' ', '.').toLowerCase() + "@example.fr";
        String csv = "Prénom,Nom,Courriel,Structure,Consentement\nInès,Import," + mail + "," + structure + ",oui\n";
        ImportUpload upload = as.call(
                "officer",
                () -> imports.upload(ImportTarget.CONTACTS, "c.csv", csv.getBytes(StandardCharsets.UTF_8), null));
        as.call("officer", () -> imports.dryRun(upload.id(), null));
        assertThat(as.call("officer", () -> imports.apply(upload.id())).state()).isEqualTo(ImportState.DONE);
        long id = as.call("viewer", () -> contacts.duplicatesOf(mail, null))
                .get(0)
                .id();
        assertThat(history(id)).singleElement().satisfies(e -> {
            assertThat(e.channel()).isEqualTo(ConsentChannel.IMPORT);
            assertThat(e.status()).isEqualTo(ConsentStatus.GRANTED);
            assertThat(e.recordedBy()).isEqualTo("officer");
        });
    }
}
