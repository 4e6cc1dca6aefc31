package fr.levier.partner.importing;

import fr.levier.partner.*;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An import in progress, kept in memory (see ADR 003): the file, its mapping, its plan and progress. */
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
     * @param contactDraft the contact data to write (contact imports)
     * @param partnerId    the partner a contact works for (contact imports)
     * @param role         the contact's role there
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
            String role) {

        /** A line that will not be applied: a duplicate, with the record it duplicates when known. */
        static PlannedLine skip(int line, String label, String reason, Long existingId) {
            return new PlannedLine(
                    line, ImportOutcome.SKIP_DUPLICATE, label, reason, existingId, null, null, null, null);
        }

        /** A line refused for the reason given. */
        static PlannedLine reject(int line, String label, String reason) {
            return new PlannedLine(line, ImportOutcome.REJECT, label, reason, null, null, null, null, null);
        }

        /** A new partner. */
        static PlannedLine createPartner(int line, String label, PartnerDraft draft) {
            return new PlannedLine(line, ImportOutcome.CREATE, label, "", null, draft, null, null, null);
        }

        /** An existing partner, changed. */
        static PlannedLine updatePartner(int line, String label, String reason, Long existingId, PartnerDraft draft) {
            return new PlannedLine(line, ImportOutcome.UPDATE, label, reason, existingId, draft, null, null, null);
        }

        /** A new contact; see {@link #withAffiliation}. */
        static PlannedLine createContact(int line, String label, ContactDraft draft) {
            return new PlannedLine(line, ImportOutcome.CREATE, label, "", null, null, draft, null, null);
        }

        /** An existing contact, changed; see {@link #withAffiliation}. */
        static PlannedLine updateContact(int line, String label, String reason, Long existingId, ContactDraft draft) {
            return new PlannedLine(line, ImportOutcome.UPDATE, label, reason, existingId, null, draft, null, null);
        }

        /** The same line, also attaching the contact to a partner in a role (both may be {@code null}). */
        PlannedLine withAffiliation(Long partner, String inRole) {
            return new PlannedLine(
                    line, outcome, label, reason, existingId, partnerDraft, contactDraft, partner, inRole);
        }

        ImportLine toLine() {
            return new ImportLine(line, outcome, label, reason, existingId);
        }

        boolean sameAs(PlannedLine other) {
            return line == other.line
                    && outcome == other.outcome
                    && java.util.Objects.equals(existingId, other.existingId);
        }
    }
}
