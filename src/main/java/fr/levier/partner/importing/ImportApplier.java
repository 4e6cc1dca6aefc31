package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an analysed import in ONE transaction, flushing in batches of {@value #BATCH} lines and
 * reporting progress: if anything fails midway, the transaction rolls back and nothing is changed.
 */
@Component
class ImportApplier {

    static final int BATCH = 50;

    private final ImportPlanner planner;
    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final Clock clock;

    private final ObjectProvider<AppliedLineListener> listeners;

    ImportApplier(
            ImportPlanner planner,
            PartnerRepository partners,
            ContactRepository contacts,
            AffiliationRepository affiliations,
            Clock clock,
            ObjectProvider<AppliedLineListener> listeners) {
        this.listeners = listeners;
        this.planner = planner;
        this.partners = partners;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    @Transactional
    public void apply(ImportJob job) {
        List<PlannedLine> fresh = planner.plan(job);
        List<PlannedLine> planned = job.plan;
        boolean same = fresh.size() == planned.size();
        for (int i = 0; same && i < fresh.size(); i++) {
            same = fresh.get(i).sameAs(planned.get(i));
        }
        if (!same) {
            throw new BusinessRuleException(Messages.get(job.locale, "import.error.changed"));
        }
        int done = 0;
        for (PlannedLine line : fresh) {
            if (line.outcome() != ImportOutcome.CREATE && line.outcome() != ImportOutcome.UPDATE) {
                continue;
            }
            if (job.target == ImportTarget.PARTNERS) {
                Partner p = line.outcome() == ImportOutcome.CREATE
                        ? new Partner(
                                line.partnerDraft().name(), line.partnerDraft().type())
                        : partners.findById(line.existingId()).orElseThrow();
                p.apply(line.partnerDraft());
                partners.save(p);
            } else {
                Contact c = line.outcome() == ImportOutcome.CREATE
                        ? new Contact(line.contactDraft())
                        : contacts.findById(line.existingId()).orElseThrow();
                c.apply(line.contactDraft());
                contacts.save(c);
                if (line.partnerId() != null
                        && (c.getId() == null || !affiliations.currentExists(c.getId(), line.partnerId()))) {
                    contacts.flush();
                    affiliations.save(new Affiliation(
                            c,
                            partners.getReferenceById(line.partnerId()),
                            Partner.blankToNull(line.role()),
                            LocalDate.now(clock)));
                }
            }
            int applied = line.line();
            listeners.orderedStream().forEach(l -> l.applied(applied));
            done++;
            if (done % BATCH == 0) {
                partners.flush();
            }
            job.processed = done;
        }
        partners.flush();
        job.processed = done;
    }
}
