package fr.levier.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything about one partner, as shown on its page and returned by {@code GET /api/partners/{id}}.
 *
 * @param id              database id
 * @param version         optimistic-locking version, to send back with an update
 * @param name            organisation name
 * @param legalForm       legal form (SAS, association loi 1901, établissement public…)
 * @param type            kind of organisation
 * @param siret           SIRET (14 digits) or SIREN (9 digits), may be {@code null}
 * @param nafCode         activity code (NAF/APE, e.g. {@code 15.20Z})
 * @param street          street address
 * @param postcode        postcode
 * @param town            town
 * @param website         web site
 * @param headcount       number of employees
 * @param tags            comma-separated tags
 * @param status          relationship status
 * @param officerUsername login of the officer in charge
 * @param investInRomans  member of the InvestInRomans network
 * @param memberSince     member since
 * @param memberLevel     membership level (e.g. Ambassadeur, Partenaire, Membre)
 * @param memberFee       yearly membership fee in euros
 * @param notes           free notes
 */
public record PartnerDetails(
        Long id,
        long version,
        String name,
        String legalForm,
        PartnerType type,
        String siret,
        String nafCode,
        String street,
        String postcode,
        String town,
        String website,
        Integer headcount,
        String tags,
        RelationshipStatus status,
        String officerUsername,
        boolean investInRomans,
        LocalDate memberSince,
        String memberLevel,
        BigDecimal memberFee,
        String notes) {

    /** @return the same data as a draft, to edit it */
    public PartnerDraft toDraft() {
        return new PartnerDraft(
                name,
                legalForm,
                type,
                siret,
                nafCode,
                street,
                postcode,
                town,
                website,
                headcount,
                tags,
                status,
                officerUsername,
                investInRomans,
                memberSince,
                memberLevel,
                memberFee,
                notes,
                version);
    }
}
