package fr.levier.newsletter;

import fr.levier.shared.api.NotSortable;
import java.time.Instant;

/**
 * One recipient of a campaign, for the per-recipient status grid and {@code GET /api/campaigns/{id}/recipients}.
 *
 * @param id                outbox row id
 * @param contactId         the contact
 * @param email             address written to
 * @param name              first and last name
 * @param partnerName       partner of the contact
 * @param status            where the message stands
 * @param attempts          tries so far
 * @param sentAt            when the SMTP server accepted it
 * @param lastError         the last SMTP error, if any
 * @param possibleDuplicate the message was in flight when a dispatcher stopped, so it may have been sent twice
 * @param unsubscribed      the person left the list from this message
 */
public record RecipientRow(
        Long id,
        long contactId,
        String email,
        @NotSortable String name,
        String partnerName,
        RecipientStatus status,
        int attempts,
        Instant sentAt,
        String lastError,
        boolean possibleDuplicate,
        @NotSortable boolean unsubscribed) {}
