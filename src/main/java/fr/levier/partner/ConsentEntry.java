package fr.levier.partner;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a contact's consent log: the state after the change, and who recorded it how.
 *
 * @param id             id
 * @param contactId      the contact
 * @param recordedAt     when it was recorded
 * @param recordedBy     the user's login, or {@code contact} when the person acted through a link
 * @param channel        how the change arrived
 * @param previousStatus consent before the change ({@code null} for the first line)
 * @param status         consent after the change
 * @param consentDate    the date of consent or withdrawal as stated
 * @param source         where the consent was collected (form, event, import file…)
 * @param legalBasis     legal basis after the change
 * @param doNotContact   whether the contact must never be contacted after the change
 * @param note           free detail (e.g. the newsletter the person left from)
 */
public record ConsentEntry(
        Long id,
        long contactId,
        Instant recordedAt,
        String recordedBy,
        ConsentChannel channel,
        ConsentStatus previousStatus,
        ConsentStatus status,
        LocalDate consentDate,
        String source,
        LegalBasis legalBasis,
        boolean doNotContact,
        String note) {}
