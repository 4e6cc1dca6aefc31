package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.partner.Civility;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test (its name keeps it out of the default run): sends one campaign to
 * {@code levier.bench.newsletter.recipients} (default 10 000) recipients through the outbox to the local
 * GreenMail of the demo mailbox with no rate limit ({@code LEVIER_MAIL_RATE=0}), counts what the SMTP
 * sink received (no loss, no duplicate), and writes the messages per second to
 * {@code target/benchmarks/newsletter-throughput.txt}. Run it with
 * {@code ./mvnw test -Dtest=NewsletterThroughputBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlevier.mail.dispatcher.initial-delay=PT1H} (the last flag keeps the background dispatcher, limited to
 * 20 messages/s, out of the measure). The outbox rows beyond the first are written directly (as the send
 * decision would, through the entity): creating 10 000 contacts through the partner services would
 * measure the partner module, not sending.
 */
@IntegrationTest
class NewsletterThroughputBenchmark {

    private static final int RECIPIENTS = Integer.getInteger("levier.bench.newsletter.recipients", 10_000);

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
    EntityManager em;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    AsUser as;

    @Test
    void sendsTenThousandRecipientsAsFastAsTheLocalServerTakesThemAndLosesNone() throws Exception {
        Audience a = fixtures.audience("Débit");
        var first = a.consenting("Premier");
        String domain = "bench-" + NewsletterFixtures.unique() + ".levier.fr";
        MailSettings unlimited = new MailSettings(
                0, "levier@localhost", 50, 10, Duration.ofMinutes(2), Duration.ofSeconds(30), Duration.ofHours(1), 8);
        Dispatcher dispatcher =
                new Dispatcher(outbox, gateway, renderer, links, suppressions, unlimited, Clock.systemUTC());
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft(
                        "Débit {{partenaire}}",
                        "Les nouvelles du mois",
                        "<p>Bonjour {{civilite}} {{prenom|Madame, Monsieur}} {{nom}},</p><p>Une lettre de"
                                + " <strong>test</strong> pour {{partenaire}}, de la part de {{referent}}.</p>"
                                + "<ul><li>Un</li><li>Deux</li></ul><p><a href=\"https://www.example.org/a\">Lien</a></p>",
                        a.segmentId(),
                        null)));
        as.call("officer", () -> campaigns.send(c.id(), null));
        long fillStart = System.nanoTime();
        int chunk = 500;
        for (int from = 1; from < RECIPIENTS; from += chunk) {
            int start = from;
            tx.executeWithoutResult(s -> {
                Instant now = Instant.now();
                for (int i = start; i < Math.min(start + chunk, RECIPIENTS); i++) {
                    em.persist(new Recipient(
                            c.id(),
                            1_000_000_000L + i,
                            "r" + i + "@" + domain,
                            i % 2 == 0 ? Civility.MME : Civility.M,
                            i % 7 == 0 ? null : "Prénom" + i,
                            "Nom" + i,
                            "Partenaire " + (i % 300),
                            i % 10 == 0 ? "en" : "fr",
                            UnsubscribeLinks.newId(),
                            now));
                }
                em.flush();
                em.clear();
            });
        }
        double fill = (System.nanoTime() - fillStart) / 1e9;
        int before = mailbox.server().getReceivedMessages().length;

        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long sendStart = System.nanoTime();
        int sent = 0;
        while (as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0) {
            sent += dispatcher.drain(Integer.MAX_VALUE);
        }
        double seconds = (System.nanoTime() - sendStart) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;

        CampaignProgress p = as.call("viewer", () -> campaigns.progress(c.id()));
        assertThat(p.sent()).isEqualTo(RECIPIENTS);
        MimeMessage[] all = mailbox.server().getReceivedMessages();
        Map<String, Integer> perAddress = new HashMap<>();
        for (int i = before; i < all.length; i++) {
            for (Address to : all[i].getAllRecipients()) {
                String address = to.toString();
                if (address.endsWith("@" + domain) || address.equals(first.email())) {
                    perAddress.merge(address, 1, Integer::sum);
                }
            }
        }
        long atSink = perAddress.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(perAddress).hasSize(RECIPIENTS);
        assertThat(perAddress.values()).allMatch(n -> n == 1);
        double rate = RECIPIENTS / seconds;
        String url;
        try (Connection cx = jdbc.getDataSource().getConnection()) {
            url = cx.getMetaData().getURL().replaceAll(";.*", "");
        }
        List<String> out = List.of(
                String.format(Locale.ROOT, "Newsletter throughput to a local GreenMail (LEVIER_MAIL_RATE=0), %s", url),
                String.format(
                        Locale.ROOT,
                        "Recipients: %d (outbox rows written in %.1f s), %d processors",
                        RECIPIENTS,
                        fill,
                        Runtime.getRuntime().availableProcessors()),
                String.format(
                        Locale.ROOT,
                        "Sending: %.2f s -> %.0f messages/s (this dispatcher sent %d of them)",
                        seconds,
                        rate,
                        sent),
                String.format(
                        Locale.ROOT,
                        "CPU used by the whole JVM (dispatcher, database and the GreenMail sink) while sending: %.1f s"
                                + " -> %.0f messages per CPU second; system load average %.1f on %d processors",
                        cpu,
                        RECIPIENTS / cpu,
                        os.getSystemLoadAverage(),
                        os.getAvailableProcessors()),
                String.format(
                        Locale.ROOT,
                        "At the sink: %d messages to %d distinct addresses (no loss, no duplicate)",
                        atSink,
                        perAddress.size()));
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        Files.write(dir.resolve("newsletter-throughput.txt"), out);
        out.forEach(System.out::println);
    }
}
