package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import fr.levier.newsletter.InboundMailHandler.Outcome;
import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.partner.ConsentChannel;
import fr.levier.partner.ConsentEntry;
import fr.levier.partner.ConsentLogService;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactService;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The bounce and unsubscribe mailbox, read over IMAP from a real server (GreenMail): an RFC 3464 report,
 * a Postfix plain-text delay and an Exchange non-delivery report found by its VERP address; mail to the
 * unsubscribe address, a forged one and an out-of-office reply. Hard bounces are suppressed, soft ones
 * ignored, the unsubscribe is in the consent log, processed mail is moved away and the rest left seen.
 */
@IntegrationTest
class NewsletterMailboxTest {

    private static final Pattern MAIL_TOKEN = Pattern.compile("unsubscribe\\+([a-z2-7]{26}-[a-z2-7]{24})@");

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    DemoMailbox mailbox;

    @Autowired
    MailboxReader reader;

    @Autowired
    ContactService contacts;

    @Autowired
    ConsentLogService consentLog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    GreenMail imap;
    GreenMailUser bounces;
    ImapAccount account;

    @BeforeEach
    void startImap() {
        imap = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        imap.start();
        bounces = imap.setUser("bounces@levier.test", "bounces", "secret");
        account = new ImapAccount(
                "bounce", "127.0.0.1", imap.getImap().getPort(), "bounces", "secret", false, "INBOX", "Levier-traite");
    }

    @AfterEach
    void stopImap() {
        imap.stop();
    }

    @Test
    void hardBouncesAreSuppressedSoftOnesIgnoredAndProcessedMailMovedAway() throws Exception {
        Audience a = fixtures.audience("Rebonds IMAP");
        a.consenting("Alice");
        a.consenting("Bob");
        a.consenting("Carl");
        CampaignDetails c = sendTo(a, "Lettre rebonds");
        MimeMessage alice = only(a.email("alice"));
        MimeMessage bob = only(a.email("bob"));
        MimeMessage carl = only(a.email("carl"));

        deliver(rfc3464(a.email("alice"), alice.getMessageID()));
        deliver(postfixDelay(a.email("bob"), bob.getMessageID()));
        deliver(exchangeByVerp(token(carl)));
        Map<Outcome, Integer> read = reader.read(account);

        assertThat(read).containsEntry(Outcome.SUPPRESSED, 2).containsEntry(Outcome.IGNORED, 1);
        assertThat(row(c.id(), a.email("alice"))).containsEntry("status", "FAILED");
        assertThat(row(c.id(), a.email("alice")).get("last_error")).isEqualTo("DSN 5.1.1");
        assertThat(row(c.id(), a.email("carl"))).containsEntry("status", "FAILED");
        assertThat(row(c.id(), a.email("bob"))).containsEntry("status", "SENT");
        assertThat(suppression(a.email("alice"))).isEqualTo("HARD_BOUNCE");
        assertThat(suppression(a.email("carl"))).isEqualTo("HARD_BOUNCE");
        assertThat(suppression(a.email("bob"))).isNull();
        CampaignDetails next = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft("Après", null, "<p>Suite</p>", a.segmentId(), null)));
        AudienceReport report = as.call("officer", () -> campaigns.audience(next.draft()));
        assertThat(report.excluded()).containsEntry(Exclusion.HARD_BOUNCE, 2L);
        assertThat(report.recipients()).isEqualTo(1);

        assertThat(folder("INBOX")).isEmpty();
        assertThat(folder("Levier-traite")).hasSize(3);
        assertThat(reader.read(account)).as("nothing read twice").isEmpty();
    }

    @Test
    void mailToTheUnsubscribeAddressUnsubscribesWithTheConsentLogAndForgedOrAutomaticMailChangesNothing()
            throws Exception {
        Audience a = fixtures.audience("Désinscription IMAP");
        ContactDetails dan = a.consenting("Dan");
        ContactDetails eve = a.consenting("Eve");
        ContactDetails fay = a.consenting("Fay");
        CampaignDetails c = sendTo(a, "Lettre mailto");
        String danToken = token(only(a.email("dan")));
        String eveToken = token(only(a.email("eve")));
        String fayToken = token(only(a.email("fay")));
        String forged = fayToken.substring(0, 27) + (fayToken.charAt(27) == 'a' ? 'b' : 'a') + fayToken.substring(28);

        deliver(unsubscribeMail(a.email("dan"), danToken.toUpperCase(), null));
        deliver(unsubscribeMail(a.email("fay"), forged, null));
        deliver(unsubscribeMail(a.email("eve"), eveToken, "auto-replied"));
        Map<Outcome, Integer> read = reader.read(account);

        assertThat(read).containsEntry(Outcome.UNSUBSCRIBED, 1).containsEntry(Outcome.UNKNOWN, 2);
        assertThat(as.call("viewer", () -> contacts.details(dan.id())).consentStatus())
                .isEqualTo(ConsentStatus.WITHDRAWN);
        List<ConsentEntry> log = as.call("viewer", () -> consentLog.history(dan.id(), PageRequest.of(0, 5)))
                .getContent();
        assertThat(log.get(0).channel()).isEqualTo(ConsentChannel.UNSUBSCRIBE_MAIL);
        assertThat(log.get(0).status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(log.get(0).note()).contains("Lettre mailto");
        assertThat(suppression(a.email("dan"))).isEqualTo("UNSUBSCRIBED");
        assertThat(as.call("viewer", () -> campaigns.progress(c.id())).unsubscribed())
                .isEqualTo(1);
        assertThat(as.call("viewer", () -> contacts.details(eve.id())).consentStatus())
                .isEqualTo(ConsentStatus.GRANTED);
        assertThat(as.call("viewer", () -> contacts.details(fay.id())).consentStatus())
                .isEqualTo(ConsentStatus.GRANTED);

        List<MimeMessage> left = folder("INBOX");
        assertThat(left).hasSize(2).allMatch(m -> seen(m));
        assertThat(folder("Levier-traite")).hasSize(1);
    }

    private CampaignDetails sendTo(Audience a, String subject) {
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(
                        new CampaignDraft(subject, null, "<p>Bonjour {{prenom}}</p>", a.segmentId(), null)));
        as.call("officer", () -> campaigns.send(c.id(), null));
        for (int i = 0;
                i < 10 && as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0;
                i++) {
            dispatcher.drain(20);
        }
        return c;
    }

    private MimeMessage only(String address) throws Exception {
        List<MimeMessage> list = Arrays.stream(mailbox.server().getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
        assertThat(list).as("messages to " + address).hasSize(1);
        return list.get(0);
    }

    private static String token(MimeMessage m) throws Exception {
        Matcher t = MAIL_TOKEN.matcher(m.getHeader("List-Unsubscribe", ","));
        assertThat(t.find()).isTrue();
        return t.group(1);
    }

    private void deliver(String raw) {
        bounces.deliver(GreenMailUtil.newMimeMessage(raw));
    }

    private List<MimeMessage> folder(String name) throws Exception {
        Properties p = new Properties();
        try (Store store = Session.getInstance(p).getStore("imap")) {
            store.connect("127.0.0.1", imap.getImap().getPort(), "bounces", "secret");
            Folder f = store.getFolder(name);
            if (!f.exists()) {
                return List.of();
            }
            f.open(Folder.READ_ONLY);
            List<MimeMessage> out = Arrays.stream(f.getMessages())
                    .map(m -> {
                        try {
                            return new MimeMessage((MimeMessage) m);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            List<Boolean> seen = Arrays.stream(f.getMessages())
                    .map(m -> {
                        try {
                            return m.isSet(Flags.Flag.SEEN);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            f.close(false);
            for (int i = 0; i < out.size(); i++) {
                out.get(i).setHeader("X-Test-Seen", seen.get(i).toString());
            }
            return out;
        }
    }

    private static boolean seen(MimeMessage m) {
        try {
            return "true".equals(m.getHeader("X-Test-Seen", null));
        } catch (Exception e) {
            return false;
        }
    }

    private Map<String, Object> row(long campaignId, String email) {
        return jdbc.queryForMap(
                "select status, last_error from campaign_recipient where campaign_id = ? and email = ?",
                campaignId,
                email);
    }

    private String suppression(String email) {
        List<String> r = jdbc.queryForList("select reason from mail_suppression where email = ?", String.class, email);
        return r.isEmpty() ? null : r.get(0);
    }

    private static String rfc3464(String recipient, String messageId) {
        return """
                From: Mail Delivery System <MAILER-DAEMON@mx.example.org>
                To: bounces@levier.test
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.example.org>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

                --BOUNDARY
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.org.
                I'm sorry to have to inform you that your message could not be delivered.

                --BOUNDARY
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; %1$s
                Original-Recipient: rfc822;%1$s
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <%1$s>: Recipient address rejected: User unknown

                --BOUNDARY
                Content-Type: text/rfc822-headers

                From: levier@localhost
                To: %1$s
                Subject: Lettre rebonds
                Message-ID: %2$s

                --BOUNDARY--
                """.formatted(recipient, messageId).replace("\n", "\r\n");
    }

    private static String postfixDelay(String recipient, String messageId) {
        return """
                From: MAILER-DAEMON@mx.example.org (Mail Delivery System)
                To: bounces@levier.test
                Subject: Delayed Mail (still being retried)
                Content-Type: text/plain; charset=us-ascii

                This is the mail system at host mx.example.org.

                <%1$s>: host mx2.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full

                Message-ID: %2$s
                """.formatted(recipient, messageId).replace("\n", "\r\n");
    }

    private static String exchangeByVerp(String token) {
        return """
                From: postmaster@exchange.example.org
                To: bounces+%1$s@levier.test
                Subject: Undeliverable: Lettre rebonds
                Content-Type: text/plain; charset=utf-8

                Delivery has failed to these recipients or groups:

                someone.forwarded@elsewhere.example.org
                The e-mail address you entered couldn't be found.

                Diagnostic information for administrators:
                Generating server: exchange.example.org
                someone.forwarded@elsewhere.example.org
                Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found'
                """.formatted(token).replace("\n", "\r\n");
    }

    private static String unsubscribeMail(String from, String token, String autoSubmitted) {
        return ("From: " + from + "\n"
                        + "To: <unsubscribe+" + token + "@localhost>\n"
                        + "Subject: unsubscribe\n"
                        + (autoSubmitted == null ? "" : "Auto-Submitted: " + autoSubmitted + "\n")
                        + "Content-Type: text/plain\n\nunsubscribe\n")
                .replace("\n", "\r\n");
    }
}
