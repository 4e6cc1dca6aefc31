package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name keeps it out of the default run): sends one campaign to 1 500 recipients
 * ({@code -Dlevier.benchmark.recipients=10000} for more; the benchmark suite sets it) through the outbox to the local GreenMail of the demo mailbox, with no rate limit
 * ({@code LEVIER_MAIL_RATE=0}), and writes the messages per second to
 * {@code target/benchmarks/newsletter-throughput.txt}. Run it with
 * {@code ./mvnw test -Dtest=NewsletterThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlevier.mail.dispatcher.initial-delay=PT1H} (the last flag keeps the background dispatcher, limited to
 * 20 messages/s, out of the measure).
 */
@IntegrationTest
class NewsletterThroughputBenchmark {

    private static final int RECIPIENTS = Integer.getInteger("levier.benchmark.recipients", 1500);

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Outbox outbox;

    @Autowired
    MailGateway gateway;

    @Autowired
    EmailRenderer renderer;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    Suppressions suppressions;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @Test
    void sendsToAThousandAndMoreRecipientsAsFastAsTheLocalServerTakesThem() throws Exception {
        Audience a = fixtures.audience("Débit");
        long contactSeqStart = System.nanoTime();
        for (int i = 0; i < RECIPIENTS; i++) {
            a.consenting("B" + i);
        }
        double setup = (System.nanoTime() - contactSeqStart) / 1e9;
        MailSettings unlimited = new MailSettings(
                0, "levier@localhost", 50, 10, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(1), 8);
        Dispatcher dispatcher =
                new Dispatcher(outbox, gateway, renderer, links, suppressions, unlimited, Clock.systemUTC());
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft(
                        "Débit {{partenaire}}",
                        null,
                        "<p>Bonjour {{prenom|Madame, Monsieur}},</p><p>Une lettre de <strong>test</strong>.</p>",
                        a.segmentId(),
                        null)));
        long start = System.nanoTime();
        as.call("officer", () -> campaigns.send(c.id(), null));
        double decide = (System.nanoTime() - start) / 1e9;
        long sendStart = System.nanoTime();
        int sent = 0;
        while (as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0) {
            sent += dispatcher.drain(Integer.MAX_VALUE);
        }
        double seconds = (System.nanoTime() - sendStart) / 1e9;
        CampaignProgress p = as.call("viewer", () -> campaigns.progress(c.id()));
        assertThat(p.sent()).isEqualTo(RECIPIENTS);
        double rate = RECIPIENTS / seconds;
        List<String> out = List.of(
                String.format(
                        Locale.ROOT,
                        "Newsletter throughput to a local GreenMail (LEVIER_MAIL_RATE=0), %s",
                        jdbc.getDataSource().getConnection().getMetaData().getURL()),
                String.format(Locale.ROOT, "Recipients: %d (created in %.1f s)", RECIPIENTS, setup),
                String.format(Locale.ROOT, "Send decision (audience + outbox rows): %.2f s", decide),
                String.format(
                        Locale.ROOT,
                        "Sending: %.2f s -> %.0f messages/s (this dispatcher sent %d of them)",
                        seconds,
                        rate,
                        sent));
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.write(dir.resolve("newsletter-throughput.txt"), out);
        out.forEach(System.out::println);
    }
}
