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
     * Sends batches until nothing is due or {@code maxBatches} were sent.
     *
     * @return messages accepted by the SMTP server
     */
    int drain(int maxBatches) {
        int sent = 0;
        for (int i = 0; i < maxBatches; i++) {
            Instant now = clock.instant();
            List<Outbox.Claimed> batch = outbox.claim(settings.batchSize(), now, now.plus(settings.lease()));
            if (batch.isEmpty()) {
                break;
            }
            sent += send(batch);
        }
        outbox.completeFinished(clock.instant());
        return sent;
    }

    private int send(List<Outbox.Claimed> batch) {
        Map<Long, int[]> failuresInARow = new HashMap<>();
        Map<Long, Boolean> anySuccess = new HashMap<>();
        Map<Long, String> lastError = new HashMap<>();
        List<Long> sentIds = new ArrayList<>();
        List<String> messageIds = new ArrayList<>();
        Transport transport = null;
        try {
            for (Outbox.Claimed c : batch) {
                Recipient r = c.recipient();
                long campaignId = r.getCampaignId();
                String messageId =
                        campaignId + "." + r.getId() + "." + r.getToken().substring(0, 8) + "@" + settings.domain();
                try {
                    MimeMessage message = gateway.build(render(c), messageId, r.getToken());
                    if (transport == null || !transport.isConnected()) {
                        transport = gateway.connect();
                    }
                    throttle();
                    gateway.send(transport, message);
                    sentIds.add(r.getId());
                    messageIds.add("<" + messageId + ">");
                    failuresInARow.computeIfAbsent(campaignId, k -> new int[1])[0] = 0;
                    anySuccess.put(campaignId, true);
                } catch (MessagingException | RuntimeException e) {
                    SmtpFailure f = SmtpFailure.of(e);
                    failed(r, f);
                    failuresInARow.computeIfAbsent(campaignId, k -> new int[1])[0]++;
                    lastError.put(campaignId, f.message());
                    if (f.connectionLost()) {
                        close(transport);
                        transport = null;
                    }
                }
            }
        } finally {
            close(transport);
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

    private RenderedMessage render(Outbox.Claimed c) {
        Recipient r = c.recipient();
        Campaign campaign = c.campaign();
        return renderer.render(
                campaign.getSubject(),
                campaign.getPreheader(),
                campaign.getHtml(),
                campaign.getOfficerName(),
                r.getEmail(),
                new EmailRenderer.Person(
                        r.getCivility(), r.getFirstName(), r.getLastName(), r.getPartnerName(), r.getLanguage()),
                links.url(r.getToken()));
    }

    private void failed(Recipient r, SmtpFailure f) {
        String error = (f.code() > 0 ? f.code() + " " : "") + f.message();
        if (f.permanent()) {
            outbox.failed(r.getId(), error);
            suppressions.add(r.getEmail(), r.getContactId(), SuppressionReason.HARD_BOUNCE, error);
        } else if (settings.backoff().exhausted(r.getAttempts())) {
            outbox.failed(r.getId(), error);
        } else {
            outbox.retry(r.getId(), clock.instant().plus(settings.backoff().delayAfter(r.getAttempts())), error);
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
