package fr.levier.newsletter;

import fr.levier.shared.api.NotSortable;
import java.time.Instant;

/**
 * A line of the campaign list.
 *
 * @param id          id
 * @param subject     subject
 * @param status      status
 * @param officerName author
 * @param updatedAt   last change
 * @param scheduledAt planned start
 * @param finishedAt  end of sending
 * @param recipients  rows in the outbox
 * @param sent        messages sent
 */
public record CampaignSummary(
        Long id,
        String subject,
        CampaignStatus status,
        String officerName,
        Instant updatedAt,
        Instant scheduledAt,
        Instant finishedAt,
        @NotSortable long recipients,
        @NotSortable long sent) {}
