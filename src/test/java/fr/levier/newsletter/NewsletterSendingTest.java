package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.newsletter.testsupport.ScriptedSmtpServer;
import fr.levier.partner.Civility;
import fr.levier.partner.ConsentChannel;
import fr.levier.partner.ConsentEntry;
import fr.levier.partner.ConsentLogService;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactService;
import fr.levier.partner.LegalBasis;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sending through the outbox to a real SMTP server (the demo mailbox's GreenMail, or a scripted server for
 * refusals): audience rules, headers, merge fields, one-click unsubscribe, forged tokens, backoff on 4xx,
 * suppression on 5xx, self-pause, and exactly-once delivery across an SMTP outage and a restart.
 */
@IntegrationTest
class NewsletterSendingTest {

    private static final String BODY = "<p>Bonjour {{prenom|Madame, Monsieur}},</p>"
            + "<p>La <strong>Fabrique</strong> ouvre chez {{partenaire}}.</p>"
            + "<p><a href=\"https://www.example.org/fabrique\">Programme</a></p><script>alert(1)</script>";

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
    ContactService contacts;

    @Autowired
    ConsentLogService consentLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @LocalServerPort
    int port;

    @AfterEach
    void backToTheDemoMailbox() {
        gateway.pointAt("127.0.0.1", mailbox.server().getSmtp().getPort());
    }

    @Test
    void sendsOneMessagePerEligibleAddressWithUnsubscribeHeadersMergeFieldsAndBothParts() throws Exception {
        Audience a = fixtures.audience("Tannerie");
        ContactDetails alice = a.consenting("Alice");
        ContactDetails pro = a.contact(
                Civility.M, null, "Durand", a.email("durand"), ConsentStatus.UNKNOWN, LegalBasis.LEGITIMATE_INTEREST);
        a.contact(Civility.M, "Carl", "Parti", a.email("carl"), ConsentStatus.WITHDRAWN, LegalBasis.CONSENT);
        a.contact(Civility.M, "Sans", "Adresse", null, ConsentStatus.GRANTED, LegalBasis.CONSENT);
        a.contact(Civility.M, "Jamais", "Demandé", a.email("jamais"), ConsentStatus.UNKNOWN, LegalBasis.CONSENT);
        a.contact(Civility.MME, "Alice", "Bis", a.email("alice"), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        a.contact(Civility.M, "Ne", "Pas", a.email("dnc"), ConsentStatus.GRANTED, LegalBasis.CONSENT, true);

        CampaignDetails c = create(a, "Lettre de {{partenaire}}");
        AudienceReport report = as.call("officer", () -> campaigns.audience(c.draft()));
        assertThat(report.total()).isEqualTo(7);
        assertThat(report.recipients()).isEqualTo(2);
        assertThat(report.excluded())
                .containsEntry(Exclusion.UNSUBSCRIBED, 1L)
                .containsEntry(Exclusion.NO_EMAIL, 1L)
                .containsEntry(Exclusion.NO_CONSENT, 1L)
                .containsEntry(Exclusion.DUPLICATE, 1L)
                .containsEntry(Exclusion.DO_NOT_CONTACT, 1L)
                .containsEntry(Exclusion.HARD_BOUNCE, 0L);
        assertThat(c.draft().html()).doesNotContain("script");

        as.call("officer", () -> campaigns.send(c.id(), c.version()));
        dispatcher.drain(20);

        CampaignDetails done = as.call("viewer", () -> campaigns.get(c.id()));
        assertThat(done.status()).isEqualTo(CampaignStatus.SENT);
        assertThat(done.progress().recipients()).isEqualTo(2);
        assertThat(done.progress().sent()).isEqualTo(2);

        MimeMessage toAlice = only(a.email("alice"));
        DemoMail mail = DemoMailbox.read(0, toAlice);
        assertThat(mail.subject()).isEqualTo("Lettre de " + a.partnerName());
        assertThat(mail.messageId()).matches("<" + c.id() + "\\.\\d+\\.[\\w-]{8}@localhost>");
        assertThat(toAlice.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.listUnsubscribe())
                .matches(
                        "<http://localhost:\\d+/newsletter/unsubscribe/[\\w-]{22}\\.[\\w-]{43}>, <mailto:unsubscribe\\+[a-z2-7]{26}-[a-z2-7]{24}@localhost\\?subject=unsubscribe>");
        assertThat(mail.html())
                .contains("Bonjour Alice,")
                .contains("chez " + a.partnerName())
                .doesNotContain("<script");
        assertThat(mail.html()).contains(unsubscribeUrl(toAlice).replace("&", "&amp;"));
        assertThat(mail.text())
                .contains("Bonjour Alice,")
                .contains("Programme (https://www.example.org/fabrique)")
                .contains(unsubscribeUrl(toAlice));
        DemoMail toPro = DemoMailbox.read(0, only(a.email("durand")));
        assertThat(toPro.text()).contains("Bonjour Madame, Monsieur,");
        assertThat(toPro.messageId()).isNotEqualTo(mail.messageId());

        var history = as.call("viewer", () -> campaigns.receivedByPartner(a.partnerId(), 10));
        assertThat(history).extracting(NewsletterReceived::contactId).containsExactlyInAnyOrder(alice.id(), pro.id());
    }

    @Test
    void oneClickPostUnsubscribesAtOnceRecordsConsentAndNoLaterCampaignReachesThePerson() throws Exception {
        Audience a = fixtures.audience("Chaussures");
        ContactDetails bea = a.consenting("Bea");
        a.consenting("Bob");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        fr.levier.dashboard.NewsletterFigures figuresBefore = figures.figures(today, today);
        CampaignDetails first = create(a, "Première");
        as.call("officer", () -> campaigns.send(first.id(), null));
        dispatcher.drain(20);
        String link = unsubscribeUrl(only(a.email("bea")));

        HttpResponse<String> r = post(local(link), "List-Unsubscribe=One-Click");
        assertThat(r.statusCode()).isEqualTo(200);

        ContactDetails after = as.call("viewer", () -> contacts.details(bea.id()));
        assertThat(after.consentStatus()).isEqualTo(ConsentStatus.WITHDRAWN);
        List<ConsentEntry> log = as.call("viewer", () -> consentLog.history(bea.id(), PageRequest.of(0, 10)))
                .getContent();
        assertThat(log.get(0).channel()).isEqualTo(ConsentChannel.ONE_CLICK);
        assertThat(log.get(0).previousStatus()).isEqualTo(ConsentStatus.GRANTED);
        assertThat(log.get(0).status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(log.get(0).recordedBy()).isEqualTo("contact");
        assertThat(log.get(0).note()).contains("Première");
        assertThat(as.call("viewer", () -> campaigns.get(first.id())).progress().unsubscribed())
                .isEqualTo(1);
        fr.levier.dashboard.NewsletterFigures figuresAfter = figures.figures(today, today);
        assertThat(figuresAfter.messagesSent() - figuresBefore.messagesSent()).isEqualTo(2);
        assertThat(figuresAfter.contactsReached() - figuresBefore.contactsReached())
                .isEqualTo(2);
        assertThat(figuresAfter.unsubscribes() - figuresBefore.unsubscribes()).isEqualTo(1);

        CampaignDetails second = create(a, "Deuxième");
        AudienceReport report = as.call("officer", () -> campaigns.audience(second.draft()));
        assertThat(report.recipients()).isEqualTo(1);
        assertThat(report.excluded()).containsEntry(Exclusion.UNSUBSCRIBED, 1L);
        as.call("officer", () -> campaigns.send(second.id(), null));
        dispatcher.drain(20);
        assertThat(received(a.email("bea"))).hasSize(1);
        assertThat(received(a.email("bob"))).hasSize(2);
    }

    @Test
    void forgedOrSwappedTokensAreRefusedAndChangeNothing() throws Exception {
        Audience a = fixtures.audience("Imprimerie");
        ContactDetails cyd = a.consenting("Cyd");
        a.consenting("Dan");
        CampaignDetails c = create(a, "Jetons");
        as.call("officer", () -> campaigns.send(c.id(), null));
        dispatcher.drain(20);
        String cydLink = local(unsubscribeUrl(only(a.email("cyd"))));
        String danLink = local(unsubscribeUrl(only(a.email("dan"))));
        String cydId = cydLink.substring(cydLink.lastIndexOf('/') + 1, cydLink.indexOf('.', cydLink.lastIndexOf('/')));
        String danSignature = danLink.substring(danLink.lastIndexOf('.') + 1);

        String swapped = cydLink.substring(0, cydLink.lastIndexOf('/') + 1) + cydId + "." + danSignature;
        String forged = cydLink.substring(0, cydLink.length() - 3) + "AAA";
        assertThat(post(swapped, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(403);
        assertThat(post(forged, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(403);
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(forged)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lien invalide").doesNotContain("confirm-unsubscribe");

        assertThat(as.call("viewer", () -> contacts.details(cyd.id())).consentStatus())
                .isEqualTo(ConsentStatus.GRANTED);

        HttpResponse<String> confirm = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(cydLink)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(confirm.body()).contains("confirm-unsubscribe").contains("Jetons");
        assertThat(as.call("viewer", () -> contacts.details(cyd.id())).consentStatus())
                .as("a GET changes nothing")
                .isEqualTo(ConsentStatus.GRANTED);
        HttpResponse<String> done = post(cydLink, "");
        assertThat(done.body()).contains("Vous êtes désinscrit");
        assertThat(as.call("viewer", () -> contacts.details(cyd.id())).consentStatus())
                .isEqualTo(ConsentStatus.WITHDRAWN);
    }

    @Test
    void anUnsubscribeTakesEffectForCampaignsAlreadySending() throws Exception {
        Audience a = fixtures.audience("Textile");
        ContactDetails eva = a.consenting("Eva");
        a.consenting("Fred");
        CampaignDetails earlier = create(a, "Avant");
        as.call("officer", () -> campaigns.send(earlier.id(), null));
        dispatcher.drain(20);
        String evaLink = local(unsubscribeUrl(only(a.email("eva"))));

        gateway.pointAt("127.0.0.1", deadPort()); // keep the next campaign pending
        CampaignDetails sending = create(a, "Pendant");
        as.call("officer", () -> campaigns.send(sending.id(), null));
        assertThat(post(evaLink, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
        backToTheDemoMailbox();
        sendAll(sending.id()); // the background dispatcher may have met the dead server meanwhile

        assertThat(received(a.email("eva"))).hasSize(1);
        assertThat(received(a.email("fred"))).hasSize(2);
        CampaignProgress p = as.call("viewer", () -> campaigns.progress(sending.id()));
        assertThat(p.suppressed()).isEqualTo(1);
        assertThat(p.sent()).isEqualTo(1);
        assertThat(eva.id()).isPositive();
    }

    @Test
    void aTemporaryRefusalRetriesWithExponentialBackoffThenSucceeds() throws Exception {
        Audience a = fixtures.audience("Biscuiterie");
        a.consenting("Gus");
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
            smtp.reply(a.email("gus"), "451 4.3.0 try again later");
            gateway.pointAt("127.0.0.1", smtp.port());
            CampaignDetails c = create(a, "Réessais");
            as.call("officer", () -> campaigns.send(c.id(), null));
            Instant before = Instant.now();
            dispatcher.drain(5);

            Map<String, Object> row = row(c.id());
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
            assertThat(row.get("last_error").toString()).startsWith("451");
            Duration wait = Duration.between(before, instant(row.get("next_attempt_at")));
            assertThat(wait).isBetween(Duration.ofSeconds(25), Duration.ofSeconds(35));

            makeDue(c.id());
            dispatcher.drain(5);
            row = row(c.id());
            assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(2);
            wait = Duration.between(Instant.now(), instant(row.get("next_attempt_at")));
            assertThat(wait).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));

            smtp.reply(a.email("gus"), "250 OK");
            makeDue(c.id());
            dispatcher.drain(5);
            assertThat(row(c.id()).get("status")).isEqualTo("SENT");
            assertThat(smtp.accepted()).containsExactly(a.email("gus"));
        }
    }

    @Test
    void aPermanentRefusalFailsTheMessageAndSuppressesTheAddressForLaterCampaigns() throws Exception {
        Audience a = fixtures.audience("Menuiserie");
        a.consenting("Hal");
        a.consenting("Ida");
        try (ScriptedSmtpServer smtp = new ScriptedSmtpServer()) {
            smtp.reply(a.email("hal"), "550 5.1.1 user unknown");
            gateway.pointAt("127.0.0.1", smtp.port());
            CampaignDetails c = create(a, "Rebonds");
            as.call("officer", () -> campaigns.send(c.id(), null));
            dispatcher.drain(5);
            CampaignDetails done = as.call("viewer", () -> campaigns.get(c.id()));
            assertThat(done.progress().failed()).isEqualTo(1);
            assertThat(done.progress().sent()).isEqualTo(1);
            assertThat(done.status()).isEqualTo(CampaignStatus.SENT);
            assertThat(smtp.accepted()).containsExactly(a.email("ida"));
        }
        CampaignDetails next = create(a, "Après rebond");
        AudienceReport report = as.call("officer", () -> campaigns.audience(next.draft()));
        assertThat(report.excluded()).containsEntry(Exclusion.HARD_BOUNCE, 1L);
        assertThat(report.recipients()).isEqualTo(1);
    }

    @Test
    void aCampaignPausesItselfAfterConsecutiveFailuresAndSaysWhy() throws Exception {
        Audience a = fixtures.audience("Logistique");
        for (int i = 0; i < 12; i++) {
            a.consenting("P" + i);
        }
        gateway.pointAt("127.0.0.1", deadPort());
        CampaignDetails c = create(a, "Panne");
        as.call("officer", () -> campaigns.send(c.id(), null));
        dispatcher.drain(5);
        CampaignDetails paused = as.call("viewer", () -> campaigns.get(c.id()));
        assertThat(paused.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(paused.pausedReason()).contains("10 échecs").contains("ConnectException");
        assertThat(paused.progress().sent()).isZero();
    }

    @Test
    void withSmtpDownMidSendAndARestartEveryRecipientGetsExactlyOneMessageAndInFlightOnesAreListed() throws Exception {
        Audience a = fixtures.audience("Horizon");
        int n = 30;
        for (int i = 0; i < n; i++) {
            a.consenting("R" + i);
        }
        CampaignDetails c = create(a, "Reprise");
        as.call("officer", () -> campaigns.send(c.id(), null));
        // first part of the send goes through
        jdbc.update(
                "update campaign_recipient set next_attempt_at = ? where campaign_id = ? and id > ("
                        + "select min(id) + 9 from campaign_recipient where campaign_id = ?)",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600)),
                c.id(),
                c.id());
        dispatcher.drain(5);
        assertThat(as.call("viewer", () -> campaigns.progress(c.id())).sent()).isEqualTo(10);
        // the SMTP server goes down while the rest becomes due; a node dies with three messages in flight
        gateway.pointAt("127.0.0.1", deadPort());
        makeDue(c.id());
        jdbc.update(
                "update campaign_recipient set status = 'SENDING', claim_token = 'dead-node',"
                        + " lease_until = ?, attempts = attempts + 1 where campaign_id = ? and status = 'PENDING'"
                        + " and id in (select id from (select id from campaign_recipient where campaign_id = ?"
                        + " and status = 'PENDING' order by id limit 3) x)",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                c.id(),
                c.id());
        dispatcher.drain(3);
        CampaignDetails down = as.call("viewer", () -> campaigns.get(c.id()));
        assertThat(down.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(down.progress().sent()).isEqualTo(10);

        // restart: a new dispatcher (nothing in memory), the server is back, the officer resumes
        backToTheDemoMailbox();
        Dispatcher restarted =
                new Dispatcher(outbox, gateway, renderer, links, suppressions, settings, java.time.Clock.systemUTC());
        as.call("officer", () -> campaigns.resume(c.id()));
        makeDue(c.id());
        restarted.drain(20);

        CampaignDetails done = as.call("viewer", () -> campaigns.get(c.id()));
        assertThat(done.status()).isEqualTo(CampaignStatus.SENT);
        assertThat(done.progress().sent()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(received(a.email("R" + i))).as("R" + i).hasSize(1);
        }
        assertThat(done.progress().possibleDuplicates()).isEqualTo(3);
        assertThat(as.call("viewer", () -> campaigns.recipients(c.id(), null, true, PageRequest.of(0, 10)))
                        .getContent())
                .hasSize(3)
                .allMatch(RecipientRow::possibleDuplicate);
    }

    @Autowired
    Outbox outbox;

    @Autowired
    fr.levier.dashboard.NewsletterFiguresProvider figures;

    @Autowired
    EmailRenderer renderer;

    @Autowired
    UnsubscribeLinks links;

    @Autowired
    Suppressions suppressions;

    @Autowired
    MailSettings settings;

    private CampaignDetails create(Audience a, String subject) {
        return as.call("officer", () -> campaigns.create(new CampaignDraft(subject, null, BODY, a.segmentId(), null)));
    }

    private List<MimeMessage> received(String address) throws Exception {
        return Arrays.stream(mailbox.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .collect(Collectors.toList());
    }

    private MimeMessage only(String address) throws Exception {
        List<MimeMessage> list = received(address);
        assertThat(list).as("messages to " + address).hasSize(1);
        return list.get(0);
    }

    private static String unsubscribeUrl(MimeMessage m) throws Exception {
        String header = m.getHeader("List-Unsubscribe", ",");
        return header.substring(header.indexOf('<') + 1, header.indexOf('>'));
    }

    private String local(String url) {
        return url.replaceFirst("http://localhost:\\d+", "http://localhost:" + port);
    }

    private static HttpResponse<String> post(String url, String form) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private Map<String, Object> row(long campaignId) {
        return jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at from campaign_recipient where campaign_id = ?",
                campaignId);
    }

    /** Drains until nothing of the campaign is pending, whatever the background dispatcher did meanwhile. */
    private void sendAll(long campaignId) {
        for (int i = 0;
                i < 10
                        && as.call("viewer", () -> campaigns.progress(campaignId))
                                        .pending()
                                > 0;
                i++) {
            makeDue(campaignId);
            dispatcher.drain(20);
        }
    }

    private void makeDue(long campaignId) {
        jdbc.update(
                "update campaign_recipient set next_attempt_at = ? where campaign_id = ? and status = 'PENDING'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
                campaignId);
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.time.OffsetDateTime) value).toInstant();
    }

    private static int deadPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
