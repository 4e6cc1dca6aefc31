package fr.levier.partner;

/**
 * Erases a person (RGPD right to erasure): anonymises the contact's live row, its audit rows and the
 * texts that name it, in one transaction, leaving financial history intact. The RGPD retention review
 * calls it once an admin confirms; the implementation belongs to the contact erasure capability.
 */
public interface ContactErasure {

    /**
     * @param contactId the contact to anonymise
     * @param reason    why (recorded in the audit, no personal data), e.g. {@code RETENTION}
     */
    void erase(long contactId, String reason);
}
