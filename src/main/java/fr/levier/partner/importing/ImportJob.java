package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import in progress, kept in memory (see ADR 003): the file, its column and value mapping, its plan and
 * progress.
 */
final class ImportJob {

    final String id;
    final String owner;
    final ImportTarget target;
    final String fileName;
    final TabularFile file;
    final Instant createdAt;
    final Locale locale;
    volatile Map<ImportField, Integer> mapping = Map.of();
    volatile List<PlannedLine> plan = List.of();
    volatile ImportState state = ImportState.UPLOADED;
    volatile int processed;
    volatile int toApply;
    volatile String error;
    /** Value mapping: field → cell text as written → chosen code ("" declines the value). */
    volatile Map<ImportField, Map<String, String>> valueChoices = Map.of();
    /** Warnings about the whole file (ignored columns, floor and lapse per project). */
    volatile List<String> warnings = List.of();
    /** Rows of a handler target the dry run accepted, applied as they are. */
    volatile List<ImportRow> accepted = List.of();
    /** Lines of records that already exist (same SIRET, same e-mail): update them or skip them. */
    volatile ExistingRecords existing = ExistingRecords.UPDATE;
    /**
     * Versions of the existing partners the dry run read (id → version): apply writes the plan as it is and
     * refuses the lines whose record was deleted or changed since, instead of planning again.
     */
    volatile Map<Long, Long> partnerVersions = Map.of();
    /** Versions of the existing contacts the dry run read (id → version). */
    volatile Map<Long, Long> contactVersions = Map.of();

    ImportJob(
            String id,
            String owner,
            ImportTarget target,
            String fileName,
            TabularFile file,
            Instant createdAt,
            Locale locale) {
        this.id = id;
        this.owner = owner;
        this.target = target;
        this.fileName = fileName;
        this.file = file;
        this.createdAt = createdAt;
        this.locale = locale;
    }

    /**
     * One planned line.
     *
     * @param line         line number in the file
     * @param outcome      what to do
     * @param label        name on the line
     * @param reason       explanation
     * @param existingId   record updated or duplicated
     * @param partnerDraft the partner data to write (partner imports)
     * @param contactDraft the contact data to write (contact imports, or the main contact of a partner line)
     * @param partnerId    the partner a contact works for (contact imports)
     * @param role         the contact's role there
     * @param contactId    the existing contact a partner line's main contact updates, {@code null} for a new one
     * @param warning      what to look at although the line is accepted, empty when none
     */
    record PlannedLine(
            int line,
            ImportOutcome outcome,
            String label,
            String reason,
            Long existingId,
            PartnerDraft partnerDraft,
            ContactDraft contactDraft,
            Long partnerId,
            String role,
            Long contactId,
            String warning) {

        private static PlannedLine of(
                int line, ImportOutcome outcome, String label, String reason, Long existingId, PartnerDraft p) {
            return new PlannedLine(line, outcome, label, reason, existingId, p, null, null, null, null, "");
        }

        /** A line that will not be applied: a duplicate, with the record it duplicates when known. */
        static PlannedLine skip(int line, String label, String reason, Long existingId) {
            return of(line, ImportOutcome.SKIP_DUPLICATE, label, reason, existingId, null);
        }

        /** A line refused for the reason given. */
        static PlannedLine reject(int line, String label, String reason) {
            return of(line, ImportOutcome.REJECT, label, reason, null, null);
        }

        /** A new partner. */
        static PlannedLine createPartner(int line, String label, PartnerDraft draft) {
            return of(line, ImportOutcome.CREATE, label, "", null, draft);
        }

        /** An existing partner, changed. */
        static PlannedLine updatePartner(int line, String label, String reason, Long existingId, PartnerDraft draft) {
            return of(line, ImportOutcome.UPDATE, label, reason, existingId, draft);
        }

        /** A new contact; see {@link #withAffiliation}. */
        static PlannedLine createContact(int line, String label, ContactDraft draft) {
            return new PlannedLine(line, ImportOutcome.CREATE, label, "", null, null, draft, null, null, null, "");
        }

        /** An existing contact, changed; see {@link #withAffiliation}. */
        static PlannedLine updateContact(int line, String label, String reason, Long existingId, ContactDraft draft) {
            return new PlannedLine(
                    line, ImportOutcome.UPDATE, label, reason, existingId, null, draft, null, null, null, "");
        }

        /** The same line, also attaching the contact to a partner in a role (both may be {@code null}). */
        PlannedLine withAffiliation(Long partner, String inRole) {
            return new PlannedLine(
                    line,
                    outcome,
                    label,
                    reason,
                    existingId,
                    partnerDraft,
                    contactDraft,
                    partner,
                    inRole,
                    contactId,
                    warning);
        }

        /** The same partner line, with its main contact (new when {@code existing} is {@code null}). */
        PlannedLine withContact(ContactDraft contact, Long existing, String inRole) {
            return new PlannedLine(
                    line, outcome, label, reason, existingId, partnerDraft, contact, null, inRole, existing, warning);
        }

        /** The same line with one more warning. */
        PlannedLine warn(String text) {
            if (text == null || text.isBlank()) {
                return this;
            }
            return new PlannedLine(
                    line,
                    outcome,
                    label,
                    reason,
                    existingId,
                    partnerDraft,
                    contactDraft,
                    partnerId,
                    role,
                    contactId,
                    warning.isEmpty() ? text : warning + " ; " + text);
        }

        ImportLine toLine() {
            return new ImportLine(line, outcome, label, reason, existingId, warning);
        }

        boolean sameAs(PlannedLine other) {
            return line == other.line
                    && outcome == other.outcome
                    && java.util.Objects.equals(existingId, other.existingId)
                    && java.util.Objects.equals(contactId, other.contactId);
        }
    }
}
