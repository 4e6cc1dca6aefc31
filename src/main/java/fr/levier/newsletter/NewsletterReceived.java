package fr.levier.newsletter;

import java.time.Instant;

/**
 * A newsletter a contact received (partner page history).
 *
 * @param campaignId   the campaign
 * @param subject      its subject
 * @param contactId    the contact
 * @param contactName  first and last name at sending
 * @param email        address written to
 * @param sentAt       when it was accepted by the SMTP server, {@code null} if it was not (yet)
 * @param status       where the message stands (sent, failed or bounced, not sent because suppressed…)
 * @param unsubscribed whether the person left the list from it
 */
public record NewsletterReceived(
        long campaignId,
        String subject,
        long contactId,
        String contactName,
        String email,
        Instant sentAt,
        RecipientStatus status,
        boolean unsubscribed) {}
