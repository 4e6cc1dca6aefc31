package fr.levier.partner;

import java.time.LocalDate;

/**
 * A contact's role at a partner.
 *
 * @param id          id
 * @param contactId   contact
 * @param contactName contact's name
 * @param email       contact's e-mail
 * @param phone       contact's phone (stored form)
 * @param partnerId   partner
 * @param partnerName partner's name
 * @param role        role / job at that partner
 * @param startDate   since
 * @param endDate     until, {@code null} while current
 */
public record AffiliationView(
        Long id,
        Long contactId,
        String contactName,
        String email,
        String phone,
        Long partnerId,
        String partnerName,
        String role,
        LocalDate startDate,
        LocalDate endDate) {

    /** @return whether the affiliation has not ended */
    public boolean current() {
        return endDate == null;
    }
}
