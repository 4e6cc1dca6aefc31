package fr.levier.partner;

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
