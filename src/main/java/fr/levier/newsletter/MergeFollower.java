package fr.levier.newsletter;

import fr.levier.partner.ContactsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the newsletter side of a merged contact to the survivor: the messages it received (the history tab and
 * the figures count them once, under the survivor) and its suppressions (an unsubscribe or a hard bounce keeps
 * applying, now known as the survivor's). A plain {@code @EventListener}, as {@link ContactsMerged} asks: it
 * commits or rolls back with the merge, so there is no moment when the loser's unsubscribe belongs to no one.
 * The survivor's consent itself is the stricter of the two (the merge decides it; {@link ConsentFollower}
 * suppresses the survivor's address when that consent is an opt-out).
 */
@Component
class MergeFollower {

    private final RecipientRepository recipients;
    private final SuppressionRepository suppressions;

    MergeFollower(RecipientRepository recipients, SuppressionRepository suppressions) {
        this.recipients = recipients;
        this.suppressions = suppressions;
    }

    @EventListener
    void on(ContactsMerged e) {
        recipients.repointContact(e.mergedId(), e.survivorId());
        suppressions.repointContact(e.mergedId(), e.survivorId());
    }
}
