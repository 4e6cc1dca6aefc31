package fr.levier.partner;

import fr.levier.shared.api.NotSortable;

/**
 * One line of the contact list.
 *
 * @param id           id
 * @param firstName    first name
 * @param lastName     last name
 * @param jobTitle     job title
 * @param email        main e-mail
 * @param phone        office phone (stored form)
 * @param consent      newsletter consent
 * @param doNotContact do-not-contact flag
 */
public record ContactSummary(
        Long id,
        String firstName,
        String lastName,
        String jobTitle,
        String email,
        String phone,
        @NotSortable ConsentStatus consent,
        boolean doNotContact) {

    /** @return first and last name */
    public String displayName() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }
}
