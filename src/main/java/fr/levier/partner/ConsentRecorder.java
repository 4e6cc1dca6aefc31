package fr.levier.partner;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a consent-log line and publishes {@link ContactConsentChanged} whenever a contact's consent
 * fields change, whatever the path (form, API, import, unsubscribe). Runs in the caller's transaction.
 */
@Component
public class ConsentRecorder {

    private final ConsentLogRepository log;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** Internal to the partner module (the import sub-package uses it); other modules read the log service. */
    ConsentRecorder(ConsentLogRepository log, ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records the change of a saved contact (it must have an id), if there is one.
     *
     * @param contact the contact after the change
     * @param before  its consent fields before ({@link ConsentState#NONE} for a new contact)
     * @param channel how the change arrived
     * @param by      who recorded it, or {@code null} for the signed-in user
     * @param note    free detail, may be {@code null}
     */
    public void record(Contact contact, ConsentState before, ConsentChannel channel, String by, String note) {
        ConsentState after = contact.consentState();
        if (!after.differsFrom(before)) {
            return;
        }
        log.save(new ConsentLogEntry(
                contact.getId(),
                clock.instant(),
                by != null ? by : currentUser(),
                channel,
                before.status(),
                after,
                note));
        events.publishEvent(new ContactConsentChanged(
                contact.getId(),
                contact.getEmail(),
                after.status(),
                after.legalBasis(),
                after.doNotContact(),
                channel,
                before == ConsentState.NONE));
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? "system"
                : auth.getName();
    }
}
