package fr.levier.partner;

/**
 * Extension point of the right of access: a module that holds personal data about contacts (the
 * newsletter module's recipients and consent log, for instance) adds its own section to the export
 * of {@link PersonalDataService#export(long)}.
 */
public interface PersonalDataContributor {

    /** @return the section's name in the export, e.g. {@code newsletterRecipients} */
    String section();

    /**
     * @param contactId the contact
     * @return what the module holds about them (records, lists or maps; serialised as JSON)
     */
    Object collect(long contactId);
}
