package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.partner.Civility;
import fr.levier.partner.ConsentChannel;
import fr.levier.partner.ConsentLogService;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactMergeRequest;
import fr.levier.partner.ContactMergeService;
import fr.levier.partner.ContactService;
import fr.levier.partner.LegalBasis;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two records of one person who each received a newsletter, one of them unsubscribed, are merged: the survivor's
 * history shows both messages, none is left under the merged record, the unsubscribe follows the survivor (its
 * address and the survivor's are suppressed, its consent is the stricter one) and the consent log is the
 * survivor's.
 */
@IntegrationTest
class ContactMergeNewsletterTest {

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    RecipientRepository recipients;

    @Autowired
    ContactMergeService merges;

    @Autowired
    ContactService contacts;

    @Autowired
    ConsentLogService consentLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @Test
    void aMergedContactsMessagesAndUnsubscribeFollowTheSurvivor() {
        Audience a = fixtures.audience("Fusion Lettres");
        ContactDetails kept =
                a.contact(Civility.MME, "Lina", "Fusion", a.email("lina"), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        ContactDetails gone = a.contact(
                Civility.MME, "Lina", "FUSION", a.email("lina.pro"), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        long campaign = send(a, "Automne " + NewsletterFixtures.unique());
        assertThat(recipients.countReceivedBy(List.of(kept.id()))).isEqualTo(1);
        assertThat(recipients.countReceivedBy(List.of(gone.id()))).isEqualTo(1);
        // the second record unsubscribes from the message it received
        assertThat(consentLog.withdraw(gone.id(), ConsentChannel.ONE_CLICK, "Automne"))
                .isTrue();
        assertThat(suppressedFor(a.email("lina.pro"))).containsExactly(gone.id());
        long logBefore = as.call("viewer", () -> consentLog.history(kept.id(), PageRequest.of(0, 20)))
                        .getTotalElements()
                + as.call("viewer", () -> consentLog.history(gone.id(), PageRequest.of(0, 20)))
                        .getTotalElements();

        ContactDetails survivor = as.call(
                "officer", () -> merges.merge(new ContactMergeRequest(kept.id(), gone.id(), Set.of(), null, null)));

        assertThat(recipients.countReceivedBy(List.of(kept.id())))
                .as("the survivor's history shows both messages")
                .isEqualTo(2);
        assertThat(recipients.receivedBy(List.of(kept.id()), PageRequest.of(0, 10)))
                .extracting(NewsletterReceived::campaignId)
                .containsOnly(campaign);
        assertThat(jdbc.queryForObject(
                        "select count(*) from campaign_recipient where contact_id = ?", Long.class, gone.id()))
                .isZero();
        assertThat(survivor.consentStatus())
                .as("the stricter consent wins even though the survivor's was kept")
                .isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(suppressedFor(a.email("lina.pro")))
                .as("the unsubscribe now belongs to the survivor")
                .containsExactly(kept.id());
        assertThat(suppressedFor(a.email("lina"))).containsExactly(kept.id());
        assertThat(as.call("viewer", () -> consentLog.history(kept.id(), PageRequest.of(0, 20)))
                        .getTotalElements())
                .as("both logs and the merge's change")
                .isEqualTo(logBefore + 1);
    }

    private List<Long> suppressedFor(String email) {
        return jdbc.queryForList(
                "select contact_id from mail_suppression where email = ? and reason = 'UNSUBSCRIBED'",
                Long.class,
                email.toLowerCase());
    }

    private long send(Audience a, String subject) {
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft(subject, null, "<p>Bonjour</p>", a.segmentId(), null)));
        as.call("officer", () -> campaigns.send(c.id(), null));
        for (int i = 0;
                i < 10 && as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0;
                i++) {
            dispatcher.drain(20);
        }
        assertThat(as.call("viewer", () -> campaigns.progress(c.id())).pending())
                .isZero();
        return c.id();
    }
}
