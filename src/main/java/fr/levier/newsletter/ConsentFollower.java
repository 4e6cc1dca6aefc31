package fr.levier.newsletter;

import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactConsentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the suppression list in step with contacts' consent: an opt-out recorded anywhere (contact form,
 * API, import, unsubscribe link) suppresses the address at once, in the same transaction; consent given
 * again lifts an earlier unsubscribe.
 */
@Component
class ConsentFollower {

    private final Suppressions suppressions;

    ConsentFollower(Suppressions suppressions) {
        this.suppressions = suppressions;
    }

    @EventListener
    void on(ContactConsentChanged e) {
        if (e.optedOut()) {
            suppressions.add(
                    e.email(),
                    e.contactId(),
                    SuppressionReason.UNSUBSCRIBED,
                    e.channel().name());
        } else if (e.status() == ConsentStatus.GRANTED && !e.newContact()) {
            // a new contact has no unsubscribe of its own to lift (an import of 100 000 saves as many queries)
            suppressions.lift(e.contactId());
        }
    }
}
