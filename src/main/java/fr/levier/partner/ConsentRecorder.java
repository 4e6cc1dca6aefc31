package fr.levier.partner;

import java.time.Clock;
import java.util.Optional;
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
        change(contact, before, channel, by, note).ifPresent(c -> {
            log.save((ConsentLogEntry) c.logEntry());
            publish(c);
        });
    }

    /**
     * The consent-log line and the event of a change, neither saved nor published: for a bulk writer (the
     * import) that inserts the lines itself, then calls {@link #publish(Change)} once they are written.
     *
     * @return the change, empty when the consent fields did not change
     */
    public Optional<Change> change(
            Contact contact, ConsentState before, ConsentChannel channel, String by, String note) {
        ConsentState after = contact.consentState();
        if (!after.differsFrom(before)) {
            return Optional.empty();
        }
        ConsentLogEntry entry = new ConsentLogEntry(
                contact.getId(),
                clock.instant(),
                by != null ? by : currentUser(),
                channel,
                before.status(),
                after,
                note);
        return Optional.of(new Change(
                entry,
                new ContactConsentChanged(
                        contact.getId(),
                        contact.getEmail(),
                        after.status(),
                        after.legalBasis(),
                        after.doNotContact(),
                        channel,
                        before == ConsentState.NONE)));
    }

    /** Publishes the event of a change whose log line is written. */
    public void publish(Change change) {
        events.publishEvent(change.event());
    }

    /**
     * A consent change to write.
     *
     * @param logEntry the consent-log entity (an entity of this module, opaque to others), not saved
     * @param event    what to publish once it is written
     */
    public record Change(Object logEntry, ContactConsentChanged event) {}

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? "system"
                : auth.getName();
    }
}
