package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final ConsentRecorder consent;
    private final Clock clock;

    private final ObjectProvider<AppliedLineListener> listeners;

    @PersistenceContext
    private EntityManager entityManager;

    ImportApplier(
            ImportPlanner planner,
            PartnerRepository partners,
            ContactRepository contacts,
            AffiliationRepository affiliations,
            ConsentRecorder consent,
            Clock clock,
            ObjectProvider<AppliedLineListener> listeners) {
        this.consent = consent;
        this.listeners = listeners;
        this.planner = planner;
        this.partners = partners;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    /**
     * The main contact of a partner line: the existing contact (same e-mail), the one an earlier line of the
     * file created, or a new one; attached to the partner unless already.
     */
    private void mainContact(PlannedLine line, Partner p, Map<String, Long> contactsOfFile) {
        String email = Contact.emailKey(line.contactDraft().email());
        Long id = line.contactId() != null ? line.contactId() : email == null ? null : contactsOfFile.get(email);
        boolean fresh = id == null;
        Contact c =
                fresh ? new Contact(line.contactDraft()) : contacts.findById(id).orElseThrow();
        ConsentState before = fresh ? ConsentState.NONE : c.consentState();
        c.apply(line.contactDraft());
        contacts.save(c);
        consent.record(c, before, ConsentChannel.IMPORT, null, null);
        if (email != null) {
            contactsOfFile.putIfAbsent(email, c.getId());
        }
        boolean partnerIsNew = line.outcome() == ImportOutcome.CREATE;
        if (fresh || partnerIsNew || !affiliations.currentExists(c.getId(), p.getId())) {
            affiliations.save(new Affiliation(c, p, Partner.blankToNull(line.role()), LocalDate.now(clock)));
        }
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
        Map<String, Long> contactsOfFile = new HashMap<>();
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
                if (line.contactDraft() != null) {
                    mainContact(line, p, contactsOfFile);
                }
            } else {
                Contact c = line.outcome() == ImportOutcome.CREATE
                        ? new Contact(line.contactDraft())
                        : contacts.findById(line.existingId()).orElseThrow();
                ConsentState before = c.getId() == null ? ConsentState.NONE : c.consentState();
                c.apply(line.contactDraft());
                contacts.save(c);
                consent.record(c, before, ConsentChannel.IMPORT, null, null);
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
                // flush and forget what is written: a large file must not make each flush slower than the last
                entityManager.flush();
                entityManager.clear();
            }
            job.processed = done;
        }
        partners.flush();
        job.processed = done;
    }
}
