package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.api.NotFoundException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Merging two records of one organisation moves everything to the survivor, in one transaction. */
@IntegrationTest
@RecordApplicationEvents
class PartnerMergeTest {

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    InteractionService interactions;

    @Autowired
    TaskService tasks;

    @Autowired
    AsUser as;

    @Autowired
    ApplicationEvents events;

    @Test
    void mergeKeepsChosenFieldsMovesContactsInteractionsTasksAndPublishesTheEvent() {
        String name = Fixtures.name("Fusion Orion");
        String siret = Fixtures.siret();
        PartnerDetails survivor =
                as.call("officer", () -> partners.create(PartnerDraft.of(name, PartnerType.COMPANY, "Valence"), false));
        PartnerDraft mergedDraft = new PartnerDraft(
                name.toUpperCase() + " SAS",
                "SAS",
                PartnerType.COMPANY,
                siret,
                "62.01Z",
                "3 rue Pasteur",
                "26000",
                "Valence",
                "https://orion.example.fr",
                12,
                "numerique",
                RelationshipStatus.ACTIVE,
                "k.rahmani",
                true,
                LocalDate.of(2022, 1, 1),
                "Ambassadeur",
                null,
                "Rencontré au forum",
                null);
        PartnerDetails merged = as.call("officer", () -> partners.create(mergedDraft, true));
        ContactDetails person = as.call(
                "officer", () -> contacts.create(ContactDraft.of("Inès", Fixtures.name("Fusion"), null), false));
        as.call(
                "officer",
                () -> contacts.affiliate(
                        new AffiliationDraft(person.id(), merged.id(), "DAF", LocalDate.of(2023, 5, 1))));
        as.call(
                "officer",
                () -> interactions.create(new InteractionDraft(
                        merged.id(),
                        InteractionKind.MEETING,
                        LocalDate.now(),
                        "Premier rendez-vous",
                        null,
                        Set.of(person.id()),
                        List.of("officer"),
                        42L,
                        null)));
        as.call(
                "officer",
                () -> tasks.create(new TaskDraft(
                        "Relancer", LocalDate.now().plusDays(3), "officer", merged.id(), null, null, false)));

        PartnerDetails result = as.call(
                "officer",
                () -> partners.merge(new MergeRequest(
                        survivor.id(),
                        merged.id(),
                        Set.of(PartnerField.SIRET, PartnerField.WEBSITE, PartnerField.MEMBERSHIP, PartnerField.NOTES),
                        survivor.version(),
                        merged.version())));

        assertThat(result.id()).isEqualTo(survivor.id());
        assertThat(result.name()).isEqualTo(name);
        assertThat(result.siret()).isEqualTo(siret);
        assertThat(result.website()).isEqualTo("https://orion.example.fr");
        assertThat(result.investInRomans()).isTrue();
        assertThat(result.memberLevel()).isEqualTo("Ambassadeur");
        assertThat(result.street()).isNull();
        assertThat(result.notes()).startsWith("Rencontré au forum").contains(String.valueOf(merged.id()));
        assertThat(as.call("viewer", () -> contacts.affiliationsOfPartner(survivor.id())))
                .extracting(AffiliationView::contactId)
                .containsExactly(person.id());
        assertThat(as.call("viewer", () -> interactions
                        .ofPartner(survivor.id(), PageRequest.of(0, 10))
                        .getContent()))
                .extracting(InteractionView::subject)
                .containsExactly("Premier rendez-vous");
        assertThat(as.call("viewer", () -> tasks.find(
                                new TaskFilter(null, survivor.id(), null, true), PageRequest.of(0, 10))
                        .getContent()))
                .extracting(TaskView::title)
                .containsExactly("Relancer");
        assertThatThrownBy(() -> as.call("viewer", () -> partners.details(merged.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(events.stream(PartnersMerged.class)).containsExactly(new PartnersMerged(survivor.id(), merged.id()));
    }

    @Test
    void aStaleVersionRefusesTheMergeAndChangesNothing() {
        PartnerDetails a = as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(Fixtures.name("Stale A"), PartnerType.ASSOCIATION, "Die"), false));
        PartnerDetails b = as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(Fixtures.name("Stale B"), PartnerType.ASSOCIATION, "Die"), false));
        as.call("officer", () -> partners.update(b.id(), b.toDraft().withSiret(Fixtures.siret())));
        assertThatThrownBy(() -> as.call(
                        "officer",
                        () -> partners.merge(new MergeRequest(a.id(), b.id(), Set.of(), a.version(), b.version()))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(as.call("viewer", () -> partners.details(b.id())).name()).isEqualTo(b.name());
        assertThat(events.stream(PartnersMerged.class)).isEmpty();
    }

    @Test
    void aPartnerCannotBeMergedIntoItself() {
        PartnerDetails a = as.call(
                "officer",
                () -> partners.create(PartnerDraft.of(Fixtures.name("Self"), PartnerType.BANK, "Die"), false));
        assertThatThrownBy(() -> as.call(
                        "officer", () -> partners.merge(new MergeRequest(a.id(), a.id(), Set.of(), null, null))))
                .isInstanceOf(fr.levier.shared.BusinessRuleException.class);
    }
}
