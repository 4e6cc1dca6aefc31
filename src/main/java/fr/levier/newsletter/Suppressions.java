package fr.levier.newsletter;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppression list: addresses no newsletter goes to. Adding an address also suppresses its pending
 * messages of every campaign, so it takes effect at once, even for campaigns already sending (rows
 * already claimed are checked again by {@link Outbox#claim}).
 */
@Component
class Suppressions {

    private final SuppressionRepository suppressions;
    private final RecipientRepository recipients;
    private final Clock clock;

    Suppressions(SuppressionRepository suppressions, RecipientRepository recipients, Clock clock) {
        this.suppressions = suppressions;
        this.recipients = recipients;
        this.clock = clock;
    }

    /** Suppresses an address; a hard bounce is never downgraded to an unsubscribe. */
    @Transactional
    void add(String email, Long contactId, SuppressionReason reason, String detail) {
        if (email == null || email.isBlank()) {
            return;
        }
        String key = email.trim().toLowerCase();
        suppressions
                .findByEmail(key)
                .ifPresentOrElse(
                        s -> {
                            if (reason == SuppressionReason.HARD_BOUNCE) {
                                s.setReason(reason);
                            }
                        },
                        () -> suppressions.save(new Suppression(key, contactId, reason, detail, clock.instant())));
        recipients.suppressPending(key, reason.name());
    }

    /** The contact gave consent again: their unsubscribe no longer applies (a hard bounce still does). */
    @Transactional
    void lift(long contactId) {
        suppressions.liftUnsubscribe(contactId);
    }

    /** @return the whole list by address */
    @Transactional(readOnly = true)
    Map<String, SuppressionReason> all() {
        Map<String, SuppressionReason> map = new HashMap<>();
        for (Object[] row : suppressions.all()) {
            map.put((String) row[0], (SuppressionReason) row[1]);
        }
        return map;
    }
}
