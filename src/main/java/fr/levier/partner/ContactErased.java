package fr.levier.partner;

/**
 * A contact was erased (RGPD right to erasure): the partner module has already anonymised its own
 * rows, their audit copies and the texts that named the person. Modules that keep personal data of
 * contacts (newsletter recipients, consent log…) handle this event with
 * {@code @ApplicationModuleListener} and anonymise their own rows. Carries no personal data.
 *
 * @param contactId the erased contact's id
 */
public record ContactErased(long contactId) {}
