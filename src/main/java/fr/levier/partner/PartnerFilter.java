package fr.levier.partner;

import java.time.LocalDate;

/**
 * Criteria of a partner list; {@code null} means "any".
 *
 * @param text            part of the name or town (accents and case ignored), or the start of a SIRET
 * @param type            kind of organisation
 * @param status          relationship status
 * @param officerUsername officer in charge
 * @param tag             one tag
 * @param investInRomans  members of the InvestInRomans network ({@code true}) or not ({@code false})
 * @param createdFrom     recorded on or after this day (the city's time zone)
 * @param createdTo       recorded on or before this day (the city's time zone)
 */
public record PartnerFilter(
        String text,
        PartnerType type,
        RelationshipStatus status,
        String officerUsername,
        String tag,
        Boolean investInRomans,
        LocalDate createdFrom,
        LocalDate createdTo) {

    /** The filter that keeps everything. */
    public static final PartnerFilter ALL = new PartnerFilter(null, null, null);

    /** Filter on text, type and status only. */
    public PartnerFilter(String text, PartnerType type, RelationshipStatus status) {
        this(text, type, status, null, null);
    }

    /** Filter on text, type, status, officer and tag. */
    public PartnerFilter(String text, PartnerType type, RelationshipStatus status, String officerUsername, String tag) {
        this(text, type, status, officerUsername, tag, null, null, null);
    }
}
