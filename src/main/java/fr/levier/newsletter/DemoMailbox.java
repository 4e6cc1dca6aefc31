package fr.levier.newsletter;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The demo mailbox: when no SMTP server is configured ({@code LEVIER_SMTP_HOST} unset), a local SMTP sink
 * (GreenMail, loopback only) catches every newsletter, so the whole flow works with one command and the
 * "Boîte de démonstration" view shows what was sent. Off as soon as a real server is configured.
 */
@Component
public class DemoMailbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);

    private final GreenMail greenMail;

    DemoMailbox(
            @Value("${LEVIER_SMTP_HOST:}") String smtpHost,
            @Value("${levier.mail.demo-mailbox.port:0}") int port,
            MailGateway gateway) {
        if (!smtpHost.isBlank()) {
            greenMail = null;
            return;
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        int bound = greenMail.getSmtp().getPort();
        gateway.pointAt("127.0.0.1", bound);
        log.info("No LEVIER_SMTP_HOST: newsletters go to the demo mailbox (local SMTP port {})", bound);
    }

    /** @return whether the demo mailbox is catching newsletters */
    @PreAuthorize("hasRole('OFFICER')")
    public boolean isActive() {
        return greenMail != null;
    }

    /**
     * @return the messages caught, newest first
     */
    @PreAuthorize("hasRole('OFFICER')")
    public List<DemoMail> messages() {
        if (greenMail == null) {
            return List.of();
        }
        MimeMessage[] received = greenMail.getReceivedMessages();
        List<DemoMail> out = new ArrayList<>();
        for (int i = received.length - 1; i >= 0; i--) {
            out.add(read(i, received[i]));
        }
        return out;
    }

    /** Empties the mailbox. */
    @PreAuthorize("hasRole('OFFICER')")
    public void purge() {
        if (greenMail != null) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The server itself, for tests in this package. */
    GreenMail server() {
        return greenMail;
    }

    static DemoMail read(int index, MimeMessage m) {
        try {
            String[] html = {null};
            String[] text = {null};
            collect(m, html, text);
            return new DemoMail(
                    index,
                    m.getSentDate() == null ? null : m.getSentDate().toInstant(),
                    GreenMailUtil.getAddressList(m.getFrom()),
                    GreenMailUtil.getAddressList(m.getAllRecipients()),
                    m.getSubject(),
                    m.getMessageID(),
                    m.getHeader("List-Unsubscribe", ", "),
                    html[0],
                    text[0]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part p, String[] html, String[] text) throws Exception {
        if (p.isMimeType("text/html") && html[0] == null) {
            html[0] = (String) p.getContent();
        } else if (p.isMimeType("text/plain") && text[0] == null) {
            text[0] = (String) p.getContent();
        } else if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                collect(part, html, text);
            }
        }
    }

    @Override
    public void destroy() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
