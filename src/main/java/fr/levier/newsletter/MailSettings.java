package fr.levier.newsletter;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Sending settings, from the environment (see the README's mail section). */
@Component
class MailSettings {

    private final double rate;
    private final String from;
    private final int batchSize;
    private final int maxConsecutiveFailures;
    private final Duration lease;
    private final Backoff backoff;
    private final String unsubscribeAddress;
    private final String bounceAddress;

    /** Settings without mailto or bounce address of their own (tests, benchmarks). */
    MailSettings(
            double rate,
            String from,
            int batchSize,
            int maxConsecutiveFailures,
            Duration lease,
            Duration retryBase,
            Duration retryMax,
            int attempts) {
        this(rate, from, batchSize, maxConsecutiveFailures, lease, retryBase, retryMax, attempts, "", "");
    }

    @org.springframework.beans.factory.annotation.Autowired
    MailSettings(
            @Value("${levier.mail.rate:20}") double rate,
            @Value("${levier.mail.from:levier@localhost}") String from,
            @Value("${levier.mail.batch-size:50}") int batchSize,
            @Value("${levier.mail.max-consecutive-failures:10}") int maxConsecutiveFailures,
            @Value("${levier.mail.lease:PT2M}") Duration lease,
            @Value("${levier.mail.retry.base:PT30S}") Duration retryBase,
            @Value("${levier.mail.retry.max:PT1H}") Duration retryMax,
            @Value("${levier.mail.retry.attempts:8}") int attempts,
            @Value("${levier.mail.unsubscribe-address:}") String unsubscribeAddress,
            @Value("${levier.mail.bounce-address:}") String bounceAddress) {
        this.rate = Math.max(0, rate);
        this.from = from;
        this.batchSize = Math.max(1, batchSize);
        this.maxConsecutiveFailures = Math.max(1, maxConsecutiveFailures);
        this.lease = lease;
        this.backoff = new Backoff(retryBase, retryMax, attempts);
        this.unsubscribeAddress = unsubscribeAddress == null || unsubscribeAddress.isBlank()
                ? "unsubscribe@" + domain()
                : unsubscribeAddress.trim();
        this.bounceAddress = bounceAddress == null ? "" : bounceAddress.trim();
    }

    /**
     * @return the address of the mailto unsubscribe ({@code LEVIER_UNSUBSCRIBE_ADDRESS}, by default
     *     {@code unsubscribe@<sender domain>}); each message names {@code <local>+<token>@<domain>}
     */
    String unsubscribeAddress() {
        return unsubscribeAddress;
    }

    /**
     * @return the envelope sender for bounces ({@code LEVIER_BOUNCE_ADDRESS}); when set, each message is sent
     *     from {@code <local>+<token>@<domain>} (VERP) so that a bounce names its outbox row; empty = off
     */
    String bounceAddress() {
        return bounceAddress;
    }

    /** @return {@code local+tag@domain} of an address {@code local@domain} */
    static String plus(String address, String tag) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address + "+" + tag : address.substring(0, at) + "+" + tag + address.substring(at);
    }

    /** @return messages per second, 0 for as fast as the server takes them */
    double rate() {
        return rate;
    }

    String from() {
        return from;
    }

    /** @return rows claimed at once: about one second of sending at the configured rate */
    int batchSize() {
        return rate == 0 ? batchSize : (int) Math.max(1, Math.min(batchSize, Math.ceil(rate)));
    }

    int maxConsecutiveFailures() {
        return maxConsecutiveFailures;
    }

    Duration lease() {
        return lease;
    }

    Backoff backoff() {
        return backoff;
    }

    /** @return the domain of the sender address, for Message-IDs and the unsubscribe mailto */
    String domain() {
        int at = from.lastIndexOf('@');
        String d =
                at < 0 ? "localhost" : from.substring(at + 1).replace(">", "").trim();
        return d.isEmpty() ? "localhost" : d;
    }
}
