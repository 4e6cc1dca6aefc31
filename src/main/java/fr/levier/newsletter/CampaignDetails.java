package fr.levier.newsletter;

import java.time.Instant;

/**
 * A campaign with where its sending stands ({@code GET /api/campaigns/{id}}).
 *
 * @param id           id
 * @param version      version, for edits
 * @param status       DRAFT, SCHEDULED, SENDING, SENT, PAUSED or CANCELLED
 * @param draft        content and audience
 * @param officerName  who wrote it (the {@code {{referent}}} field)
 * @param scheduledAt  when sending starts, if scheduled
 * @param startedAt    when sending started
 * @param finishedAt   when the last message was handled
 * @param pausedReason why it paused itself, if it did
 * @param progress     counts of the outbox
 */
public record CampaignDetails(
        Long id,
        long version,
        CampaignStatus status,
        CampaignDraft draft,
        String officerName,
        Instant scheduledAt,
        Instant startedAt,
        Instant finishedAt,
        String pausedReason,
        CampaignProgress progress) {}
