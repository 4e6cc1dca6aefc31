package fr.levier.partner;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The consent fields of a contact at one moment; the consent log gets a line when they differ.
 *
 * @param status       consent status
 * @param date         date of consent or withdrawal
 * @param source       source
 * @param legalBasis   legal basis
 * @param doNotContact do-not-contact flag
 */
public record ConsentState(
        ConsentStatus status, LocalDate date, String source, LegalBasis legalBasis, boolean doNotContact) {

    /** The state of a new contact before its first save: nothing recorded. */
    public static final ConsentState NONE = new ConsentState(null, null, null, null, false);

    /** @return whether a change from {@code before} to this state must be logged */
    public boolean differsFrom(ConsentState before) {
        return !Objects.equals(status, before.status)
                || !Objects.equals(date, before.date)
                || !Objects.equals(source, before.source)
                || !Objects.equals(legalBasis, before.legalBasis)
                || doNotContact != before.doNotContact;
    }
}
