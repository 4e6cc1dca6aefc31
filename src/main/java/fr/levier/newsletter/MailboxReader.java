package fr.levier.newsletter;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox ({@code LEVIER_BOUNCE_IMAP_*}) and, when it is another one, the unsubscribe
 * mailbox ({@code LEVIER_UNSUBSCRIBE_IMAP_*}) over IMAP: delivery-status notifications suppress hard
 * bounces, mail to {@code unsubscribe+<token>@…} unsubscribes its sender's outbox row (token checked),
 * processed messages are moved to a "done" folder, anything else is flagged seen and left for a person.
 * Nothing configured, nothing read.
 */
@Component
class MailboxReader {

    private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);

    private final List<ImapAccount> accounts;
    private final InboundMailHandler handler;
    private final MailSettings settings;

    MailboxReader(
            @Value("${levier.mail.bounce.imap.host:}") String bounceHost,
            @Value("${levier.mail.bounce.imap.port:993}") int bouncePort,
            @Value("${levier.mail.bounce.imap.user:}") String bounceUser,
            @Value("${levier.mail.bounce.imap.password:}") String bouncePassword,
            @Value("${levier.mail.unsubscribe.imap.host:}") String unsubscribeHost,
            @Value("${levier.mail.unsubscribe.imap.port:993}") int unsubscribePort,
            @Value("${levier.mail.unsubscribe.imap.user:}") String unsubscribeUser,
            @Value("${levier.mail.unsubscribe.imap.password:}") String unsubscribePassword,
            @Value("${levier.mail.imap.done-folder:Levier-traite}") String doneFolder,
            InboundMailHandler handler,
            MailSettings settings) {
        this.handler = handler;
        this.settings = settings;
        List<ImapAccount> list = new ArrayList<>();
        ImapAccount bounce = new ImapAccount(
                "bounce", bounceHost, bouncePort, bounceUser, bouncePassword, bouncePort == 993, "INBOX", doneFolder);
        ImapAccount unsubscribe = new ImapAccount(
                "unsubscribe",
                unsubscribeHost,
                unsubscribePort,
                unsubscribeUser,
                unsubscribePassword,
                unsubscribePort == 993,
                "INBOX",
                doneFolder);
        if (bounce.configured()) {
            list.add(bounce);
        }
        if (unsubscribe.configured()
                && !(unsubscribe.host().equals(bounce.host())
                        && unsubscribe.user().equals(bounce.user()))) {
            list.add(unsubscribe);
        }
        this.accounts = List.copyOf(list);
    }

    /** Reads the configured mailboxes; one failing does not stop the other. */
    @Scheduled(
            fixedDelayString = "${levier.mail.imap.interval:PT5M}",
            initialDelayString = "${levier.mail.imap.initial-delay:PT1M}")
    @SchedulerLock(name = "newsletter-mailbox-reader", lockAtMostFor = "PT15M")
    void poll() {
        for (ImapAccount a : accounts) {
            try {
                Map<InboundMailHandler.Outcome, Integer> done = read(a);
                if (!done.isEmpty()) {
                    log.info("Mailbox {} read: {}", a.name(), done);
                }
            } catch (MessagingException | RuntimeException e) {
                log.warn("Mailbox {} could not be read, will retry: {}", a.name(), e.toString());
            }
        }
    }

    /**
     * Reads the unseen messages of one mailbox and acts on each.
     *
     * @return how many messages had each outcome
     */
    Map<InboundMailHandler.Outcome, Integer> read(ImapAccount account) throws MessagingException {
        Map<InboundMailHandler.Outcome, Integer> counts = new EnumMap<>(InboundMailHandler.Outcome.class);
        Properties p = new Properties();
        String protocol = account.ssl() ? "imaps" : "imap";
        p.put("mail.store.protocol", protocol);
        p.put("mail." + protocol + ".connectiontimeout", "10000");
        p.put("mail." + protocol + ".timeout", "20000");
        if (!account.ssl()) {
            p.put("mail.imap.starttls.enable", "true");
        }
        Session session = Session.getInstance(p);
        try (Store store = session.getStore(protocol)) {
            store.connect(account.host(), account.port(), account.user(), account.password());
            Folder inbox = store.getFolder(account.folder());
            inbox.open(Folder.READ_WRITE);
            Folder done = doneFolder(store, account);
            List<Message> processed = new ArrayList<>();
            try {
                for (Message m : inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    InboundMailHandler.Outcome outcome = handle(m);
                    if (outcome == null) {
                        m.setFlag(Flags.Flag.SEEN, false); // read again next time
                        continue;
                    }
                    counts.merge(outcome, 1, Integer::sum);
                    if (outcome == InboundMailHandler.Outcome.UNKNOWN) {
                        m.setFlag(Flags.Flag.SEEN, true);
                    } else {
                        processed.add(m);
                    }
                }
                if (!processed.isEmpty()) {
                    Message[] moved = processed.toArray(Message[]::new);
                    if (done != null) {
                        inbox.copyMessages(moved, done);
                    }
                    inbox.setFlags(moved, new Flags(Flags.Flag.DELETED), true);
                }
            } finally {
                inbox.close(true);
            }
        }
        return counts;
    }

    /** @return the outcome, {@code UNKNOWN} for a message that cannot be parsed, {@code null} to retry */
    private InboundMailHandler.Outcome handle(Message m) {
        InboundMail mail;
        try {
            mail = InboundMail.classify((MimeMessage) m, settings.unsubscribeAddress());
        } catch (Exception e) {
            log.warn("An inbound message could not be parsed: {}", e.toString());
            return InboundMailHandler.Outcome.UNKNOWN;
        }
        try {
            return handler.handle(mail);
        } catch (RuntimeException e) {
            log.warn("An inbound message could not be handled, will retry: {}", e.toString());
            return null;
        }
    }

    private static Folder doneFolder(Store store, ImapAccount account) throws MessagingException {
        if (account.doneFolder() == null || account.doneFolder().isBlank()) {
            return null;
        }
        Folder done = store.getFolder(account.doneFolder());
        if (!done.exists()) {
            done.create(Folder.HOLDS_MESSAGES);
        }
        return done;
    }
}
