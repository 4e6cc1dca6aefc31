package fr.levier.partner;

import java.time.LocalDate;

/**
 * One contact, as on the contact page and in {@code GET /api/contacts/{id}}. Phones are in stored
 * (E.164) form; screens show them with {@link PhoneNumbers#display(String)}.
 *
 * @param id            id
 * @param version       version
 * @param civility      civility
 * @param firstName     first name
 * @param lastName      last name
 * @param jobTitle      job title
 * @param email         main e-mail
 * @param email2        other e-mail
 * @param phone         office phone
 * @param mobile        mobile
 * @param language      preferred language
 * @param consentStatus newsletter consent
 * @param consentDate   consent date
 * @param consentSource consent source
 * @param legalBasis    legal basis
 * @param doNotContact  do-not-contact flag
 */
public record ContactDetails(
        Long id,
        long version,
        Civility civility,
        String firstName,
        String lastName,
        String jobTitle,
        String email,
        String email2,
        String phone,
        String mobile,
        String language,
        ConsentStatus consentStatus,
        LocalDate consentDate,
        String consentSource,
        LegalBasis legalBasis,
        boolean doNotContact) {

    /** @return the same data as a draft */
    public ContactDraft toDraft() {
        return new ContactDraft(
                civility,
                firstName,
                lastName,
                jobTitle,
                email,
                email2,
                phone,
                mobile,
                language,
                consentStatus,
                consentDate,
                consentSource,
                legalBasis,
                doNotContact,
                version);
    }

    /** @return first and last name */
    public String displayName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
