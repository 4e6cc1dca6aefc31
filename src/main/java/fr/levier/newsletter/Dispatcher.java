package fr.levier.newsletter;

import fr.levier.shared.i18n.Messages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox, off the UI thread: claims a batch of due rows (about one second's worth at
 * {@code LEVIER_MAIL_RATE}), sends them on one SMTP connection at that rate, records each result, and
 * starts again while work remains. Temporary failures retry with exponential backoff, permanent ones
 * suppress the address; a campaign whose messages fail {@code N} times in a row pauses itself and says
 * why. State lives only in the database, so a restart resumes where sending stopped, and several
 * application nodes can run it at once (claims are atomic).
 */
@Component
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final MailGateway gateway;
    private final EmailRenderer renderer;
    private final UnsubscribeLinks links;
    private final Suppressions suppressions;
    private final MailSettings settings;
    private final Clock clock;
    private final ReentrantLock running = new ReentrantLock();
    private long nextSlotNanos;

    Dispatcher(
            Outbox outbox,
            MailGateway gateway,
            EmailRenderer renderer,
            UnsubscribeLinks links,
            Suppressions suppressions,
            MailSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.renderer = renderer;
        this.links = links;
        this.suppressions = suppressions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Polls the outbox; a run already going on this node is not doubled. */
    @Scheduled(
            fixedDelayString = "${levier.mail.dispatcher.interval:PT1S}",
            initialDelayString = "${levier.mail.dispatcher.initial-delay:PT5S}")
    // rows are claimed atomically anyway; the lock keeps one dispatcher across nodes so the rate holds
    @SchedulerLock(name = "newsletter-dispatcher", lockAtMostFor = "PT10M")
    void poll() {
        if (!running.tryLock()) {
            return;
        }
        try {
            drain(Integer.MAX_VALUE);
        } catch (RuntimeException e) {
            log.warn("Newsletter dispatch failed, will retry: {}", e.toString());
        } finally {
            running.unlock();
        }
    }

    /**
     * Sends batches until nothing is due or {@code maxBatches} were sent, on one SMTP connection kept open
     * across the batches; each campaign's template is rendered once per run.
     *
     * @return messages accepted by the SMTP server
     */
    int drain(int maxBatches) {
        int sent = 0;
        Map<CampaignContent, EmailRenderer.Prepared> prepared = new HashMap<>();
        Connection connection = new Connection();
        try {
            for (int i = 0; i < maxBatches; i++) {
                Instant now = clock.instant();
                Outbox.Batch batch = outbox.claim(settings.batchSize(), now, now.plus(settings.lease()));
                if (batch.rows().isEmpty()) {
                    break;
                }
                sent += send(batch, prepared, connection);
            }
        } finally {
            connection.close();
        }
        outbox.completeFinished(clock.instant());
        return sent;
    }

    /** The SMTP connection of a run: opened on first use, opened again after it was lost. */
    private final class Connection {
        private Transport transport;

        Transport get() throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                close();
                transport = gateway.connect();
            }
            return transport;
        }

        void close() {
            Dispatcher.close(transport);
            transport = null;
        }
    }

    private int send(Outbox.Batch batch, Map<CampaignContent, EmailRenderer.Prepared> prepared, Connection connection) {
        Map<Long, int[]> failuresInARow = new HashMap<>();
        Map<Long, Boolean> anySuccess = new HashMap<>();
        Map<Long, String> lastError = new HashMap<>();
        List<Long> sentIds = new ArrayList<>(batch.rows().size());
        List<String> messageIds = new ArrayList<>(batch.rows().size());
        try {
            for (OutboxRow r : batch.rows()) {
                long campaignId = r.campaignId();
                String messageId = messageId(r, settings.domain());
                try {
                    CampaignContent content = batch.campaigns().get(campaignId);
                    EmailRenderer.Prepared campaign = prepared.computeIfAbsent(
                            content, c -> renderer.prepare(c.subject(), c.preheader(), c.html(), c.officerName()));
                    MimeMessage message = gateway.build(render(campaign, r), messageId, links.mailToken(r.token()));
                    Transport transport = connection.get();
                    throttle();
                    gateway.send(transport, message);
                    sentIds.add(r.id());
                    messageIds.add("<" + messageId + ">");
                    failuresInARow.computeIfAbsent(campaignId, k -> new int[1])[0] = 0;
                    anySuccess.put(campaignId, true);
                } catch (MessagingException | RuntimeException e) {
                    SmtpFailure f = SmtpFailure.of(e);
                    failed(r, f);
                    failuresInARow.computeIfAbsent(campaignId, k -> new int[1])[0]++;
                    lastError.put(campaignId, f.message());
                    if (f.connectionLost()) {
                        connection.close();
                    }
                }
            }
        } finally {
            outbox.sent(sentIds, messageIds, clock.instant());
        }
        for (var e : failuresInARow.entrySet()) {
            long campaignId = e.getKey();
            int trailing = e.getValue()[0];
            String reason = Messages.get(
                    Locale.FRENCH,
                    "campaign.pausedReason",
                    settings.maxConsecutiveFailures(),
                    lastError.getOrDefault(campaignId, ""));
            if (outbox.countFailures(
                    campaignId,
                    trailing,
                    anySuccess.getOrDefault(campaignId, false),
                    settings.maxConsecutiveFailures(),
                    reason)) {
                log.warn(
                        "Campaign {} paused after {} failures in a row", campaignId, settings.maxConsecutiveFailures());
            }
        }
        return sentIds.size();
    }

    /**
     * The Message-ID of an outbox row: {@code <campaign>.<row>.<8 characters of its random id>@<domain>},
     * unique, and enough for the bounce reader to find the row again from a delivery-status notification.
     */
    static String messageId(OutboxRow r, String domain) {
        return r.campaignId() + "." + r.id() + "." + r.token().substring(0, 8) + "@" + domain;
    }

    private RenderedMessage render(EmailRenderer.Prepared campaign, OutboxRow r) {
        return campaign.render(
                r.email(),
                new EmailRenderer.Person(r.civility(), r.firstName(), r.lastName(), r.partnerName(), r.language()),
                links.url(r.token()));
    }

    private void failed(OutboxRow r, SmtpFailure f) {
        String error = (f.code() > 0 ? f.code() + " " : "") + f.message();
        if (f.permanent()) {
            outbox.failed(r.id(), error);
            suppressions.add(r.email(), r.contactId(), SuppressionReason.HARD_BOUNCE, error);
        } else if (settings.backoff().exhausted(r.attempts())) {
            outbox.failed(r.id(), error);
        } else {
            outbox.retry(r.id(), clock.instant().plus(settings.backoff().delayAfter(r.attempts())), error);
        }
    }

    /** Keeps to the configured rate across batches (0 = no limit). */
    private void throttle() {
        double rate = settings.rate();
        if (rate <= 0) {
            return;
        }
        long interval = (long) (1_000_000_000L / rate);
        long now = System.nanoTime();
        if (nextSlotNanos > now) {
            try {
                Thread.sleep((nextSlotNanos - now) / 1_000_000, (int) ((nextSlotNanos - now) % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            nextSlotNanos += interval;
        } else {
            nextSlotNanos = now + interval;
        }
    }

    private static void close(Transport t) {
        if (t != null) {
            try {
                t.close();
            } catch (MessagingException ignored) {
                // the connection is gone anyway
            }
        }
    }
}
