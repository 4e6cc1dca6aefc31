package fr.levier.partner;

import fr.levier.shared.validation.PlausibleDate;
import fr.levier.shared.validation.SafeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A contact as entered in a form, the API or an import line. Phones are normalised by the service.
 *
 * @param civility      Mme / M.
 * @param firstName     first name
 * @param lastName      last name (required)
 * @param jobTitle      job title
 * @param email         main e-mail (dedupe key)
 * @param email2        other e-mail
 * @param phone         office phone, any usual French or international writing
 * @param mobile        mobile phone
 * @param language      preferred language, {@code fr} or {@code en}
 * @param consentStatus newsletter consent
 * @param consentDate   when consent was given or withdrawn
 * @param consentSource where (form, event, import…)
 * @param legalBasis    legal basis of processing
 * @param doNotContact  never contact this person
 * @param version       version read, for updates
 */
public record ContactDraft(
        Civility civility,
        @Size(max = 100) @SafeText String firstName,
        @NotBlank @Size(max = 100) @SafeText String lastName,
        @Size(max = 150) @SafeText String jobTitle,
        @Email @Size(max = 200) String email,
        @Email @Size(max = 200) String email2,
        @Size(max = 30) String phone,
        @Size(max = 30) String mobile,

        @Size(max = 5) @jakarta.validation.constraints.Pattern(regexp = "(?i)fr|en")
        String language,

        ConsentStatus consentStatus,
        @PlausibleDate LocalDate consentDate,
        @Size(max = 100) @SafeText String consentSource,
        LegalBasis legalBasis,
        boolean doNotContact,
        Long version) {

    /** A minimal draft. */
    public static ContactDraft of(String firstName, String lastName, String email) {
        return new ContactDraft(
                null,
                firstName,
                lastName,
                null,
                email,
                null,
                null,
                null,
                "fr",
                ConsentStatus.UNKNOWN,
                null,
                null,
                null,
                false,
                null);
    }
}
