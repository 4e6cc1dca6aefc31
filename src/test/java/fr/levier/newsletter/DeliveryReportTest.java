package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.newsletter.DeliveryReport.Kind;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading bounces: the RFC 3464 report and the plain-text forms, hard (5.x.x) or soft (4.x.x). */
class DeliveryReportTest {

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of(
                        "RFC 3464, failed 5.1.1, returned headers",
                        report("failed", "5.1.1", "text/rfc822-headers", "Message-ID: <12.345.abcdEFGH@ville.fr>\n"),
                        Kind.HARD,
                        "5.1.1",
                        "anne@example.org",
                        "<12.345.abcdEFGH@ville.fr>"),
                Arguments.of(
                        "RFC 3464, delayed 4.4.1",
                        report("delayed", "4.4.1", "text/rfc822-headers", "Message-ID: <1.2.abcdEFGH@ville.fr>\n"),
                        Kind.SOFT,
                        "4.4.1",
                        "anne@example.org",
                        "<1.2.abcdEFGH@ville.fr>"),
                Arguments.of(
                        "RFC 3464, failed but 4.2.2 (mailbox full)",
                        report("failed", "4.2.2", "text/rfc822-headers", ""),
                        Kind.SOFT,
                        "4.2.2",
                        "anne@example.org",
                        null),
                Arguments.of(
                        "RFC 3464, whole message returned",
                        report(
                                "failed",
                                "5.2.1",
                                "message/rfc822",
                                "From: levier@ville.fr\nTo: anne@example.org\nMessage-ID: <7.8.abcdEFGH@ville.fr>\n"
                                        + "Subject: x\n\nbody\n"),
                        Kind.HARD,
                        "5.2.1",
                        "anne@example.org",
                        "<7.8.abcdEFGH@ville.fr>"),
                Arguments.of(
                        "Postfix text, 550 5.1.1",
                        "From: MAILER-DAEMON@mx.example.org\nTo: bounces@ville.fr\nSubject: Undelivered Mail\n"
                                + "Content-Type: text/plain\n\n<bob@example.org>: host mx[192.0.2.1] said: 550 5.1.1"
                                + " User unknown (in reply to RCPT TO command)\n",
                        Kind.HARD,
                        "5.1.1",
                        "bob@example.org",
                        null),
                Arguments.of(
                        "Old Postfix text, basic code only",
                        "From: MAILER-DAEMON@mx.example.org\nTo: bounces@ville.fr\nSubject: Returned mail\n"
                                + "Content-Type: text/plain\n\n<bob@example.org>: host mx said: 550 no such user\n",
                        Kind.HARD,
                        "5.0.0",
                        "bob@example.org",
                        null),
                Arguments.of(
                        "Exchange text, #550 5.1.10",
                        "From: postmaster@corp.example.org\nTo: bounces@ville.fr\nSubject: Undeliverable: Lettre\n"
                                + "Content-Type: text/plain\n\nDelivery has failed to these recipients or groups:\n\n"
                                + "carl@corp.example.org\n\nRemote Server returned '550 5.1.10"
                                + " RESOLVER.ADR.RecipientNotFound; not found'\n",
                        Kind.HARD,
                        "5.1.10",
                        "carl@corp.example.org",
                        null),
                Arguments.of(
                        "Ordinary reply",
                        "From: anne@example.org\nTo: levier@ville.fr\nSubject: Re: Lettre 5.1.1\n"
                                + "Content-Type: text/plain\n\nMerci, version 5.1.1 du programme.\n",
                        Kind.NONE,
                        null,
                        null,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void readsTheKindTheStatusTheAddressAndTheOriginalMessage(
            String name, String raw, Kind kind, String status, String recipient, String messageId) throws Exception {
        MimeMessage m = new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));

        DeliveryReport.Result r = DeliveryReport.read(m);

        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.recipient()).isEqualTo(recipient);
        assertThat(r.originalMessageId()).isEqualTo(messageId);
    }

    private static String report(String action, String status, String returnedType, String returned) {
        return "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
                + "To: bounces@ville.fr\nSubject: Delivery Status Notification\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                + "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
                + "--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
                + "Final-Recipient: rfc822; Anne@example.org\nAction: " + action + "\nStatus: " + status
                + "\nDiagnostic-Code: smtp; " + status.charAt(0) + "50 " + status + " refused\n\n"
                + "--B\nContent-Type: " + returnedType + "\n\n" + returned + "\n--B--\n";
    }
}
