package fr.levier.newsletter;

import io.micrometer.core.instrument.Metrics;

/**
 * The newsletter sends counter for monitoring: {@code levier_newsletter_sends_total{outcome}} in
 * Prometheus, {@code outcome} = {@code sent} (accepted by the SMTP server), {@code failed} (given up)
 * or {@code retried} (temporary refusal, tried again later). Counted where the outbox row is marked,
 * so a row counts once whatever node sent it.
 */
final class SendMetrics {

    static final String NAME = "levier.newsletter.sends";

    private SendMetrics() {}

    static void count(String outcome, int messages) {
        if (messages > 0) {
            Metrics.counter(NAME, "outcome", outcome).increment(messages);
        }
    }
}
