package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Creation rules: SIRET check, unique SIRET, duplicate warning; contacts' e-mail rule; header search. */
@IntegrationTest
class PartnerServiceTest {

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    AsUser as;

    @Test
    void anInvalidSiretIsRefusedOnItsField() {
        PartnerDraft draft = PartnerDraft.of(Fixtures.name("Siret faux"), PartnerType.COMPANY, "Valence")
                .withSiret("732 829 320 00075");
        assertThatThrownBy(() -> as.call("officer", () -> partners.create(draft, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("siret"));
    }

    @Test
    void aSiretAlreadyUsedIsAlwaysRefusedEvenWhenDuplicatesAreAccepted() {
        String siret = Fixtures.siret();
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(Fixtures.name("Premier"), PartnerType.COMPANY, "Valence")
                                .withSiret(siret),
                        false));
        PartnerDraft other = PartnerDraft.of(Fixtures.name("Second"), PartnerType.COMPANY, "Lyon")
                .withSiret(siret);
        assertThatThrownBy(() -> as.call("officer", () -> partners.create(other, true)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("siret"));
        assertThat(as.call("viewer", () -> partners.duplicatesOf(other, null)))
                .extracting(DuplicateCandidate::reason)
                .containsExactly(DuplicateReason.SIRET);
    }

    @Test
    void sameNormalisedNameInTheSameTownIsADuplicateUntilTheUserAcceptsIt() {
        String name = Fixtures.name("Tannerie Dédoublée");
        PartnerDetails first = as.call(
                "officer",
                () -> partners.create(PartnerDraft.of("SARL " + name, PartnerType.COMPANY, "Romans-sur-Isère"), false));
        PartnerDraft twin =
                PartnerDraft.of(name.toUpperCase() + " (S.A.R.L.)", PartnerType.COMPANY, "ROMANS SUR ISERE");
        assertThat(as.call("viewer", () -> partners.duplicatesOf(twin, null)))
                .extracting(DuplicateCandidate::id)
                .containsExactly(first.id());
        assertThatThrownBy(() -> as.call("officer", () -> partners.create(twin, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("name"));
        PartnerDetails second = as.call("officer", () -> partners.create(twin, true));
        assertThat(second.id()).isNotEqualTo(first.id());
        // another town is another organisation
        assertThat(as.call(
                        "viewer",
                        () -> partners.duplicatesOf(PartnerDraft.of(name, PartnerType.COMPANY, "Lyon"), null)))
                .isEmpty();
    }

    @Test
    void aContactWithAnE_mailAlreadyUsedIsADuplicate() {
        String email = Fixtures.name("doublon").replace(' ', '.').toLowerCase() + "@example.fr";
        as.call("officer", () -> contacts.create(ContactDraft.of("Camille", "Martin", email), false));
        assertThat(as.call("viewer", () -> contacts.duplicatesOf(email.toUpperCase(), null)))
                .hasSize(1);
        assertThatThrownBy(
                        () -> as.call("officer", () -> contacts.create(ContactDraft.of("C.", "Martin", email), false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("email"));
    }

    @Test
    void phonesAreStoredNormalisedAndBadOnesRefused() {
        ContactDraft draft = new ContactDraft(
                Civility.MME,
                "Léa",
                Fixtures.name("Phone"),
                null,
                null,
                null,
                "04.75.12.34.56",
                "06 12 34 56 78",
                "fr",
                ConsentStatus.UNKNOWN,
                null,
                null,
                null,
                false,
                null);
        ContactDetails c = as.call("officer", () -> contacts.create(draft, false));
        assertThat(c.phone()).isEqualTo("+33475123456");
        assertThat(c.mobile()).isEqualTo("+33612345678");
        ContactDraft bad = new ContactDraft(
                null,
                null,
                Fixtures.name("Bad"),
                null,
                null,
                null,
                "12 34",
                null,
                "fr",
                ConsentStatus.UNKNOWN,
                null,
                null,
                null,
                false,
                null);
        assertThatThrownBy(() -> as.call("officer", () -> contacts.create(bad, false)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField())
                        .isEqualTo("phone"));
    }

    @Test
    void headerSearchFindsPartnersByWordPrefixOrSiretAndContactsByE_mail() {
        String department = Fixtures.name("Département Zorvanne");
        as.call("officer", () -> partners.create(PartnerDraft.of(department, PartnerType.DEPARTMENT, "Valence"), true));
        assertThat(as.call("viewer", () -> partners.quickSearch("zorvan dép", 10)))
                .extracting(PartnerSummary::name)
                .contains(department);
        String siret = Fixtures.siret();
        String name = Fixtures.name("Recherche Siret");
        as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(name, PartnerType.BANK, "Die").withSiret(siret), false));
        assertThat(as.call("viewer", () -> partners.quickSearch(siret.substring(0, 9), 10)))
                .extracting(PartnerSummary::name)
                .containsExactly(name);
        String email = Fixtures.name("cherche").replace(' ', '-').toLowerCase() + "@example.org";
        as.call("officer", () -> contacts.create(ContactDraft.of("Yann", "Perrin", email), false));
        assertThat(as.call("viewer", () -> contacts.quickSearch(email.substring(0, 12), 10)))
                .extracting(ContactSummary::email)
                .contains(email);
    }

    @Test
    void aViewerCannotCreate() {
        assertThatThrownBy(() -> as.call(
                        "viewer", () -> partners.create(PartnerDraft.of("X", PartnerType.COMPANY, null), false)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theListFiltersOnInvestInRomansMembershipAndOnTheDayOfRecord() {
        String token = Fixtures.name("Filtre réseau");
        PartnerDraft plain = PartnerDraft.of(token + " simple", PartnerType.COMPANY, "Valence");
        PartnerDraft member = new PartnerDraft(
                token + " membre",
                null,
                PartnerType.COMPANY,
                null,
                null,
                null,
                null,
                "Valence",
                null,
                null,
                null,
                RelationshipStatus.ACTIVE,
                null,
                true,
                null,
                null,
                null,
                null,
                null);
        as.call("officer", () -> partners.create(plain, true));
        long memberId = as.call("officer", () -> partners.create(member, true)).id();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

        PartnerFilter members = new PartnerFilter(token, null, null, null, null, true, null, null);
        assertThat(as.call("viewer", () -> partners.count(members))).isEqualTo(1);
        assertThat(as.call(
                        "viewer", () -> partners.find(members, org.springframework.data.domain.PageRequest.of(0, 10))))
                .extracting(PartnerSummary::id)
                .containsExactly(memberId);
        PartnerFilter nonMembers = new PartnerFilter(token, null, null, null, null, false, null, null);
        assertThat(as.call("viewer", () -> partners.count(nonMembers))).isEqualTo(1);

        // recorded today: inside [today, today], outside a period ending yesterday or starting tomorrow
        assertThat(as.call(
                        "viewer",
                        () -> partners.count(new PartnerFilter(token, null, null, null, null, null, today, today))))
                .isEqualTo(2);
        assertThat(as.call(
                        "viewer",
                        () -> partners.count(
                                new PartnerFilter(token, null, null, null, null, null, null, today.minusDays(1)))))
                .isZero();
        assertThat(as.call(
                        "viewer",
                        () -> partners.count(
                                new PartnerFilter(token, null, null, null, null, null, today.plusDays(1), null))))
                .isZero();
    }
}
