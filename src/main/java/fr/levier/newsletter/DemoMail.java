package fr.levier.newsletter;

import java.time.Instant;

/**
 * A message caught by the demo mailbox.
 *
 * @param index          position in the mailbox (0 = oldest)
 * @param receivedAt     when it arrived
 * @param from           sender
 * @param to             recipients
 * @param subject        subject
 * @param messageId      the Message-ID header
 * @param listUnsubscribe the List-Unsubscribe header
 * @param html           the HTML part
 * @param text           the plain-text part
 */
public record DemoMail(
        int index,
        Instant receivedAt,
        String from,
        String to,
        String subject,
        String messageId,
        String listUnsubscribe,
        String html,
        String text) {}
