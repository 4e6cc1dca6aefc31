package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.levier.shared.BusinessRuleException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** RGPD retention: which contacts the monthly review lists, and that nothing is erased silently. */
@IntegrationTest
class RetentionReviewTest {

    @Autowired
    RetentionReviewService reviews;

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    InteractionService interactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    /** A contact of a partner in that status, created four years ago. */
    private long oldContactOf(RelationshipStatus status) {
        PartnerDetails p = as.call(
                "officer",
                () -> partners.create(
                        PartnerDraft.of(Fixtures.name("Prospect"), PartnerType.COMPANY, "Valence"), true));
        jdbc.update("update partner set status = ? where id = ?", status.name(), p.id());
        ContactDetails c =
                as.call("officer", () -> contacts.create(ContactDraft.of("Paul", Fixtures.name("Ancien"), null), true));
        as.call("officer", () -> contacts.affiliate(new AffiliationDraft(c.id(), p.id(), null, null)));
        jdbc.update(
                "update contact set created_at = ? where id = ?",
                Timestamp.valueOf(LocalDate.now().minusYears(4).atStartOfDay()),
                c.id());
        return c.id();
    }

    private List<Long> pendingContacts() {
        return as.call("admin", () -> reviews.pending(PageRequest.of(0, 10_000))).stream()
                .map(RetentionReviewLine::contactId)
                .toList();
    }

    @Test
    void listsProspectContactsWithoutInteractionForThreeYearsOnlyOnce() {
        long silent = oldContactOf(RelationshipStatus.PROSPECT);
        long ofActivePartner = oldContactOf(RelationshipStatus.ACTIVE);
        long recentlyMet = oldContactOf(RelationshipStatus.PROSPECT);
        long partnerId =
                jdbc.queryForObject("select partner_id from affiliation where contact_id = ?", Long.class, recentlyMet);
        as.call(
                "officer",
                () -> interactions.create(new InteractionDraft(
                        partnerId,
                        InteractionKind.MEETING,
                        LocalDate.now().minusYears(2),
                        "Rendez-vous",
                        null,
                        Set.of(recentlyMet),
                        List.of(),
                        null,
                        null)));

        as.call("admin", () -> reviews.prepareNow());

        assertThat(pendingContacts()).contains(silent).doesNotContain(ofActivePartner, recentlyMet);
        // the next run does not list it twice
        as.call("admin", () -> reviews.prepareNow());
        assertThat(pendingContacts().stream().filter(id -> id == silent)).hasSize(1);
    }

    @Test
    void nothingIsErasedWithoutAConfirmationAndAKeptContactLeavesTheList() {
        long contact = oldContactOf(RelationshipStatus.PROSPECT);
        as.call("admin", () -> reviews.prepareNow());
        long line = as.call("admin", () -> reviews.pending(PageRequest.of(0, 10_000))).stream()
                .filter(l -> l.contactId() == contact)
                .findFirst()
                .orElseThrow()
                .reviewId();
        // the listing changed nothing on the contact
        assertThat(jdbc.queryForObject("select last_name from contact where id = ?", String.class, contact))
                .startsWith("Ancien");

        as.run("admin", () -> reviews.keep(line));

        assertThat(pendingContacts()).doesNotContain(contact);
        as.call("admin", () -> reviews.prepareNow());
        assertThat(pendingContacts()).doesNotContain(contact);
        assertThatThrownBy(() -> as.run("admin", () -> reviews.keep(line))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> as.call("officer", () -> reviews.pending(PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
