package fr.levier.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.levier.partner.NameNormalizer;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Properties;
import javax.sql.DataSource;

/** The raw baselines of the per-feature benchmarks: the same work with plain JDBC or plain SMTP. */
final class RawBaselines {

    private static final long FIRST_ID = 880_000_000L;

    private RawBaselines() {}

    /**
     * Inserts {@code rows} partners, each with one contact and its affiliation (what a partners import
     * writes), in multi-row JDBC batches, then rolls back.
     *
     * @return rows (file lines) per second
     */
    static double partnerInsertsPerSecond(DataSource dataSource, int rows) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            try (BulkInsert p = BulkInsert.entity(
                            c,
                            "partner",
                            "name",
                            "type",
                            "town",
                            "postcode",
                            "status",
                            "normalized_name",
                            "normalized_town");
                    BulkInsert k = BulkInsert.entity(
                            c,
                            "contact",
                            "first_name",
                            "last_name",
                            "normalized_first",
                            "normalized_last",
                            "email",
                            "phone",
                            "consent_status");
                    BulkInsert a =
                            BulkInsert.entity(c, "affiliation", "contact_id", "partner_id", "role", "start_date")) {
                for (int i = 0; i < rows; i++) {
                    long id = FIRST_ID + i;
                    String name = "Raw Société " + i;
                    p.addEntity(
                            id,
                            name,
                            "COMPANY",
                            "Valence",
                            "26000",
                            "ACTIVE",
                            NameNormalizer.organisation(name),
                            "valence");
                    k.addEntity(
                            id,
                            "Jean-Marie",
                            "DE LA FONTAINE " + i,
                            "jean marie",
                            "de la fontaine " + i,
                            "raw" + i + "@example.fr",
                            "04 75 00 00 00",
                            "GRANTED");
                    a.addEntity(id, id, id, "Gérant", LocalDate.of(2026, 1, 1));
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            c.rollback();
            return rows / seconds;
        }
    }

    /**
     * Sends {@code messages} small HTML messages over one SMTP connection to a GreenMail of its own, as
     * plainly as Jakarta Mail allows: what the newsletter dispatcher does minus outbox, rendering and
     * bookkeeping.
     *
     * @return messages per second, all of them received
     */
    static double smtpMessagesPerSecond(int messages) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(server.getSmtp().getPort()));
            Session session = Session.getInstance(props);
            long t0 = System.nanoTime();
            try (Transport t = session.getTransport("smtp")) {
                t.connect();
                for (int i = 0; i < messages; i++) {
                    MimeMessage m = new MimeMessage(session);
                    m.setFrom(new InternetAddress("levier@localhost"));
                    InternetAddress to = new InternetAddress("raw" + i + "@example.fr");
                    m.setRecipient(Message.RecipientType.TO, to);
                    m.setSubject("Débit raw " + i, "UTF-8");
                    m.setContent(
                            "<p>Bonjour Madame, Monsieur,</p><p>Une lettre de <strong>test</strong>.</p>",
                            "text/html; charset=UTF-8");
                    m.saveChanges();
                    t.sendMessage(m, new InternetAddress[] {to});
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (server.getReceivedMessages().length != messages) {
                throw new IllegalStateException("raw SMTP lost messages");
            }
            return messages / seconds;
        } finally {
            server.stop();
        }
    }
}
