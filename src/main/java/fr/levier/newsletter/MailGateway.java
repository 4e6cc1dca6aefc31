package fr.levier.newsletter;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The SMTP connection of newsletters, on Spring Mail's settings ({@code LEVIER_SMTP_*}, STARTTLS when the
 * server offers it). One connection is kept for a whole batch; a message is built with its HTML and text
 * parts, a unique Message-ID and the RFC 8058 unsubscribe headers. The demo mailbox (and tests) may point
 * it at another local server.
 */
@Component
class MailGateway {

    private final JavaMailSenderImpl settings;
    private final MailSettings mail;
    private volatile String host;
    private volatile int port;

    MailGateway(JavaMailSenderImpl settings, MailSettings mail) {
        this.settings = settings;
        this.mail = mail;
        this.host = settings.getHost();
        this.port = settings.getPort();
    }

    /** Sends newsletters to another server (the demo mailbox, a test server). */
    void pointAt(String host, int port) {
        this.host = host;
        this.port = port;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    /** @return a connected transport, to close after the batch */
    Transport connect() throws MessagingException {
        Session session = settings.getSession();
        Transport t = session.getTransport("smtp");
        t.connect(host, port, blank(settings.getUsername()), blank(settings.getPassword()));
        return t;
    }

    /**
     * Builds one message.
     *
     * @param m         the rendered message
     * @param messageId the unique Message-ID, without angle brackets
     * @param mailToken the signed token of the mailto unsubscribe (and VERP) address
     * @return the MIME message
     */
    MimeMessage build(RenderedMessage m, String messageId, String mailToken) throws MessagingException {
        SMTPMessage message = new SMTPMessage(settings.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + messageId + ">");
            }
        };
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from());
        helper.setTo(m.to());
        helper.setSubject(m.subject());
        helper.setText(m.text(), m.html());
        message.setHeader(
                "List-Unsubscribe",
                "<" + m.unsubscribeUrl() + ">, <mailto:" + MailSettings.plus(mail.unsubscribeAddress(), mailToken)
                        + "?subject=unsubscribe>");
        if (!mail.bounceAddress().isEmpty()) {
            message.setEnvelopeFrom(MailSettings.plus(mail.bounceAddress(), mailToken));
        }
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("Precedence", "bulk");
        message.saveChanges();
        return message;
    }

    /** Sends one message on an open connection. */
    void send(Transport t, MimeMessage message) throws MessagingException {
        t.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
    }

    private InternetAddress from() throws MessagingException {
        try {
            InternetAddress[] parsed = InternetAddress.parse(mail.from());
            InternetAddress a = parsed[0];
            return a.getPersonal() == null ? new InternetAddress(a.getAddress(), null, "UTF-8") : a;
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException(e.getMessage(), e);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
