package fr.levier.partner;

import java.time.Instant;
import java.util.Map;

/**
 * Everything Levier holds about one contact (RGPD right of access), section by section: the contact
 * itself, its affiliations, the interactions and tasks that concern it, its audit history and what
 * other modules contributed.
 *
 * @param contactId   the contact
 * @param displayName their name, as shown on the contact page
 * @param exportedAt  when the export was made
 * @param sections    section name → content
 */
public record PersonalDataExport(
        long contactId, String displayName, Instant exportedAt, Map<String, Object> sections) {}
