package fr.levier.newsletter;

import java.util.Map;
import java.util.Set;

/**
 * Life of a campaign: draft → scheduled → sending → sent, plus paused and cancelled. Only a draft can be
 * edited; a sent or cancelled campaign is read-only and can be duplicated.
 */
public enum CampaignStatus {
    /** Being written; editable. */
    DRAFT,
    /** Recipients are fixed in the outbox; sending starts at the scheduled time. */
    SCHEDULED,
    /** The dispatcher is sending. */
    SENDING,
    /** Stopped by an officer or by itself after repeated SMTP failures; can resume. */
    PAUSED,
    /** Every recipient was handled (sent, failed or suppressed). */
    SENT,
    /** Stopped for good; unsent messages are not sent. */
    CANCELLED;

    private static final Map<CampaignStatus, Set<CampaignStatus>> NEXT = Map.of(
            DRAFT, Set.of(SCHEDULED, SENDING),
            SCHEDULED, Set.of(SENDING, PAUSED, CANCELLED, DRAFT),
            SENDING, Set.of(PAUSED, SENT, CANCELLED),
            PAUSED, Set.of(SENDING, CANCELLED),
            SENT, Set.of(),
            CANCELLED, Set.of());

    /** @return whether the campaign may move from this status to {@code next} */
    public boolean canMoveTo(CampaignStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @return whether its content and audience may still change */
    public boolean isEditable() {
        return this == DRAFT;
    }

    /** @return whether it is over (read-only for good) */
    public boolean isFinished() {
        return this == SENT || this == CANCELLED;
    }
}
