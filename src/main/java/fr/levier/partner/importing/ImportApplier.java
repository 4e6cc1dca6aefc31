package fr.levier.partner.importing;

import fr.levier.partner.*;
import fr.levier.partner.importing.ImportJob.PlannedLine;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.audit.AuditSuspension;
import fr.levier.shared.i18n.Messages;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an analysed import in ONE transaction, flushing in chunks of {@value #BATCH} lines (JDBC batches of
 * the same size) and reporting progress: if anything fails midway, the transaction rolls back and nothing is
 * changed, audit trail included.
 */
@Component
class ImportApplier {

    static final int BATCH = 500;

    private final ImportPlanner planner;
    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final ConsentRecorder consent;
    private final Clock clock;

    private final ObjectProvider<AppliedLineListener> listeners;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    ImportApplier(
            ImportPlanner planner,
            PartnerRepository partners,
            ContactRepository contacts,
            AffiliationRepository affiliations,
            ConsentRecorder consent,
            Clock clock,
            ObjectProvider<AppliedLineListener> listeners,
            ApplicationEventPublisher events) {
        this.events = events;
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
    private void mainContact(PlannedLine line, Partner p, Map<String, Long> contactsOfFile, ImportAuditTrail trail) {
        String email = Contact.emailKey(line.contactDraft().email());
        Long id = line.contactId() != null ? line.contactId() : email == null ? null : contactsOfFile.get(email);
        boolean fresh = id == null;
        Contact c =
                fresh ? new Contact(line.contactDraft()) : contacts.findById(id).orElseThrow();
        ConsentState before = fresh ? ConsentState.NONE : c.consentState();
        c.apply(line.contactDraft());
        if (fresh) {
            entityManager.persist(c); // the repository's proxy costs more than the insert, line after line
        }
        trail.touched(ImportAuditTrail.Audited.CONTACT, c.getId(), fresh);
        consent.record(c, before, ConsentChannel.IMPORT, null, null);
        if (email != null) {
            contactsOfFile.putIfAbsent(email, c.getId());
        }
        boolean partnerIsNew = line.outcome() == ImportOutcome.CREATE;
        if (fresh || partnerIsNew || !affiliations.currentExists(c.getId(), p.getId())) {
            Affiliation a = new Affiliation(c, p, Partner.blankToNull(line.role()), LocalDate.now(clock));
            entityManager.persist(a);
            trail.touched(ImportAuditTrail.Audited.AFFILIATION, a.getId(), true);
        }
    }

    /**
     * Writes the plan in the caller's thread and ONE transaction, Envers suspended: {@link ImportAuditTrail}
     * records the whole import as one revision, chunk by chunk, so memory stays bounded whatever the size.
     */
    @Transactional
    public void apply(ImportJob job) {
        AuditSuspension.during(() -> {
            write(job);
            return null;
        });
    }

    private void write(ImportJob job) {
        List<PlannedLine> fresh = planner.plan(job);
        List<PlannedLine> planned = job.plan;
        boolean same = fresh.size() == planned.size();
        for (int i = 0; same && i < fresh.size(); i++) {
            same = fresh.get(i).sameAs(planned.get(i));
        }
        if (!same) {
            throw new BusinessRuleException(Messages.get(job.locale, "import.error.changed"));
        }
        List<AppliedLineListener> told = listeners.orderedStream().toList();
        entityManager.unwrap(Session.class).setJdbcBatchSize(BATCH);
        ImportAuditTrail trail = new ImportAuditTrail(entityManager);
        int done = 0;
        Map<String, Long> contactsOfFile = new HashMap<>();
        for (PlannedLine line : fresh) {
            if (line.outcome() != ImportOutcome.CREATE && line.outcome() != ImportOutcome.UPDATE) {
                continue;
            }
            boolean create = line.outcome() == ImportOutcome.CREATE;
            if (job.target == ImportTarget.PARTNERS) {
                Partner p = create
                        ? new Partner(
                                line.partnerDraft().name(), line.partnerDraft().type())
                        : partners.findById(line.existingId()).orElseThrow();
                boolean typeChanged = p.apply(line.partnerDraft());
                if (create) {
                    entityManager.persist(p);
                } else if (typeChanged) {
                    // funding moves this partner's money to its new funder type (ADR 010 §15)
                    events.publishEvent(new PartnerTypeChanged(p.getId()));
                }
                trail.touched(ImportAuditTrail.Audited.PARTNER, p.getId(), create);
                if (line.contactDraft() != null) {
                    mainContact(line, p, contactsOfFile, trail);
                }
            } else {
                Contact c = create
                        ? new Contact(line.contactDraft())
                        : contacts.findById(line.existingId()).orElseThrow();
                ConsentState before = c.getId() == null ? ConsentState.NONE : c.consentState();
                c.apply(line.contactDraft());
                contacts.save(c);
                trail.touched(ImportAuditTrail.Audited.CONTACT, c.getId(), create);
                consent.record(c, before, ConsentChannel.IMPORT, null, null);
                if (line.partnerId() != null && (create || !affiliations.currentExists(c.getId(), line.partnerId()))) {
                    Affiliation a = affiliations.save(new Affiliation(
                            c,
                            partners.getReferenceById(line.partnerId()),
                            Partner.blankToNull(line.role()),
                            LocalDate.now(clock)));
                    trail.touched(ImportAuditTrail.Audited.AFFILIATION, a.getId(), true);
                }
            }
            int applied = line.line();
            told.forEach(l -> l.applied(applied));
            done++;
            if (done % BATCH == 0) {
                endChunk(trail);
            }
            job.processed = done;
        }
        endChunk(trail);
        job.processed = done;
    }

    /**
     * Flushes the chunk, copies its audit rows and forgets it: a large file must not make each flush slower than
     * the last, nor keep its records in memory.
     */
    private void endChunk(ImportAuditTrail trail) {
        entityManager.flush();
        trail.writeChunk();
        entityManager.clear();
    }
}
