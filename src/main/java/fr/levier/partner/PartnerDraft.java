package fr.levier.partner;

import fr.levier.shared.validation.PlausibleDate;
import fr.levier.shared.validation.SafeText;
import fr.levier.shared.validation.WebUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partner as entered in the identity form, the API or an import line. The service checks the
 * SIRET and duplicates again.
 *
 * @param name            organisation name (required)
 * @param legalForm       legal form
 * @param type            kind of organisation (required)
 * @param siret           SIRET or SIREN, spaces allowed
 * @param nafCode         NAF code
 * @param street          street address
 * @param postcode        postcode
 * @param town            town
 * @param website         web site
 * @param headcount       employees
 * @param tags            comma-separated tags
 * @param status          relationship status ({@code PROSPECT} when absent)
 * @param officerUsername officer in charge
 * @param investInRomans  InvestInRomans member
 * @param memberSince     member since
 * @param memberLevel     membership level
 * @param memberFee       yearly fee
 * @param notes           notes
 * @param version         version read, for updates ({@code null} on creation)
 */
public record PartnerDraft(
        @NotBlank @Size(max = 200) @SafeText String name,
        @Size(max = 60) String legalForm,
        @NotNull PartnerType type,
        @Size(max = 20) String siret,
        @Size(max = 10) String nafCode,
        @Size(max = 200) @SafeText String street,
        @Size(max = 10) String postcode,
        @Size(max = 120) @SafeText String town,
        @Size(max = 200) @WebUrl String website,
        @PositiveOrZero Integer headcount,
        @Size(max = 500) String tags,
        RelationshipStatus status,
        @Size(max = 60) String officerUsername,
        boolean investInRomans,
        @PlausibleDate LocalDate memberSince,
        @Size(max = 30) String memberLevel,

        @PositiveOrZero @jakarta.validation.constraints.Digits(integer = 10, fraction = 2)
        BigDecimal memberFee,

        @Size(max = 4000) @SafeText(multiline = true) String notes,
        Long version) {

    /** A minimal draft: name, type and town. */
    public static PartnerDraft of(String name, PartnerType type, String town) {
        return new PartnerDraft(
                name,
                null,
                type,
                null,
                null,
                null,
                null,
                town,
                null,
                null,
                null,
                RelationshipStatus.PROSPECT,
                null,
                false,
                null,
                null,
                null,
                null,
                null);
    }

    /** @return a copy with another SIRET */
    public PartnerDraft withSiret(String value) {
        return new PartnerDraft(
                name,
                legalForm,
                type,
                value,
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
