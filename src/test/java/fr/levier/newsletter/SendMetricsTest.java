package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sends counter ({@code levier_newsletter_sends_total{outcome}}) counts each outbox row once, where it
 * is marked sent or failed: a campaign to two addresses, one refused for good, adds one "sent" and one
 * "failed".
 */
@IntegrationTest
class SendMetricsTest {

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    MailGateway gateway;

    @Autowired
    AsUser as;

    @AfterEach
    void backToTheDemoMailbox() {
        gateway.pointAt("127.0.0.1", mailbox.server().getSmtp().getPort());
    }

    @Test
    void eachMessageSentOrGivenUpIsCountedOnceByOutcome() throws Exception {
        Audience a = fixtures.audience("Compteurs");
        a.consenting("Jules");
        a.consenting("Kim");
        double sentBefore = count("sent");
        double failedBefore = count("failed");
        try (var smtp = new fr.levier.newsletter.testsupport.ScriptedSmtpServer()) {
            smtp.reply(a.email("kim"), "550 5.1.1 user unknown");
            gateway.pointAt("127.0.0.1", smtp.port());
            CampaignDetails c = as.call(
                    "officer",
                    () -> campaigns.create(
                            new CampaignDraft("Compteurs", null, "<p>Bonjour</p>", a.segmentId(), null)));
            as.call("officer", () -> campaigns.send(c.id(), null));
            dispatcher.drain(5);
            assertThat(as.call("viewer", () -> campaigns.get(c.id())).status()).isEqualTo(CampaignStatus.SENT);
        }
        assertThat(count("sent") - sentBefore).isEqualTo(1.0);
        assertThat(count("failed") - failedBefore).isEqualTo(1.0);
    }

    private double count(String outcome) {
        Counter c = Metrics.globalRegistry
                .find(SendMetrics.NAME)
                .tag("outcome", outcome)
                .counter();
        return c == null ? 0 : c.count();
    }
}
