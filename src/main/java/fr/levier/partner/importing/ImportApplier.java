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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an analysed import in ONE transaction, by chunks of {@value #BATCH} lines: if anything fails midway,
 * the transaction rolls back and nothing is changed, audit trail included.
 *
 * <p>It writes the dry run's plan as it is (no second planning pass): {@link PlanCheck} first refuses the
 * import, naming the lines, when a record the plan reads changed since. New partners, contacts, affiliations and
 * consent-log lines are inserted by {@link BulkRows} (multi-row inserts, Hibernate's ids and column mapping);
 * existing records are loaded by the chunk, changed through their entity and flushed by Hibernate.
 */
@Component
class ImportApplier {

    static final int BATCH = 500;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportApplier.class);

    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final ConsentRecorder consent;
    private final Clock clock;
    private final AuditorAware<String> auditor;

    private final ObjectProvider<AppliedLineListener> listeners;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    ImportApplier(
            PartnerRepository partners,
            ContactRepository contacts,
            AffiliationRepository affiliations,
            ConsentRecorder consent,
            Clock clock,
            AuditorAware<String> auditor,
            ObjectProvider<AppliedLineListener> listeners,
            ApplicationEventPublisher events) {
        this.events = events;
        this.consent = consent;
        this.listeners = listeners;
        this.partners = partners;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.clock = clock;
        this.auditor = auditor;
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
        long start = System.nanoTime();
        Session session = entityManager.unwrap(Session.class);
        Map<Integer, String> affected = session.doReturningWork(c -> PlanCheck.affected(c, job));
        long checked = System.nanoTime();
        if (!affected.isEmpty()) {
            refuse(job, affected);
        }
        session.setJdbcBatchSize(BATCH);
        List<PlannedLine> lines = job.plan.stream()
                .filter(l -> l.outcome() == ImportOutcome.CREATE || l.outcome() == ImportOutcome.UPDATE)
                .toList();
        Run run = new Run(
                job,
                new ImportAuditTrail(entityManager),
                listeners.orderedStream().toList());
        for (int from = 0; from < lines.size(); from += BATCH) {
            List<PlannedLine> chunk = lines.subList(from, Math.min(lines.size(), from + BATCH));
            if (job.target == ImportTarget.PARTNERS) {
                run.partnerChunk(chunk);
            } else {
                run.contactChunk(chunk);
            }
        }
        // where an apply spends its time (no personal data): the figures the benchmark's profile is read with
        LOG.info(
                "Import {} written: check {} ms, lines {} ms, inserts {} ms, flush and events {} ms, audit {} ms",
                job.id,
                (checked - start) / 1_000_000,
                run.lines / 1_000_000,
                run.inserts / 1_000_000,
                run.flush / 1_000_000,
                run.audit / 1_000_000);
    }

    /** Marks the lines the database no longer matches and refuses the whole import (nothing is written). */
    private static void refuse(ImportJob job, Map<Integer, String> affected) {
        job.plan = job.plan.stream()
                .map(l -> affected.containsKey(l.line()) ? l.warn(Messages.get(job.locale, affected.get(l.line()))) : l)
                .toList();
        String numbers = affected.keySet().stream()
                .limit(20)
                .map(String::valueOf)
                .collect(Collectors.joining(", ", "", affected.size() > 20 ? "…" : ""));
        throw new BusinessRuleException(Messages.get(job.locale, "import.error.changedLines", numbers));
    }

    /** The state of one apply: the writers of new rows, the contacts of the file, the affiliations made. */
    private final class Run {
        private final ImportJob job;
        private final ImportAuditTrail trail;
        private final List<AppliedLineListener> told;
        private final SharedSessionContractImplementor session =
                entityManager.unwrap(SharedSessionContractImplementor.class);
        private final BulkRows<Partner> newPartners = new BulkRows<>(session, Partner.class);
        private final BulkRows<Contact> newContacts = new BulkRows<>(session, Contact.class);
        private final BulkRows<Affiliation> newAffiliations = new BulkRows<>(session, Affiliation.class);
        private BulkRows<Object> consentLines;
        private final List<ConsentRecorder.Change> consentChanges = new ArrayList<>();
        private final String user;
        private final LocalDate today = LocalDate.now(clock);
        /** E-mail → id of the contacts this import created: a later line naming them again changes them. */
        private final Map<String, Long> contactsOfFile = new HashMap<>();
        /** contact id | partner id of the current affiliations this import made. */
        private final Set<String> affiliated = new HashSet<>();

        private int done;
        /** Nanoseconds spent building the lines' records, inserting, flushing (events included), auditing. */
        private long lines;

        private long inserts;
        private long flush;
        private long audit;

        // the chunk's records
        private final Map<Long, Partner> partnersOfChunk = new HashMap<>();
        private final Map<Long, Contact> contactsOfChunk = new HashMap<>();
        private final Set<Long> createdInChunk = new HashSet<>();
        private java.time.Instant now;

        Run(ImportJob job, ImportAuditTrail trail, List<AppliedLineListener> told) {
            this.job = job;
            this.trail = trail;
            this.told = told;
            this.user = auditor.getCurrentAuditor().orElse(null);
        }

        void partnerChunk(List<PlannedLine> chunk) {
            long t0 = System.nanoTime();
            startChunk(chunk);
            for (PlannedLine line : chunk) {
                boolean create = line.outcome() == ImportOutcome.CREATE;
                Partner p;
                if (create) {
                    p = new Partner(
                            line.partnerDraft().name(), line.partnerDraft().type());
                    p.apply(line.partnerDraft());
                    newPartners.add(p, now, user);
                    trail.touched(ImportAuditTrail.Audited.PARTNER, p.getId(), true);
                } else {
                    p = partnersOfChunk.get(line.existingId());
                    PartnerDetails before = p.toDetails();
                    if (p.apply(line.partnerDraft())) {
                        // funding moves this partner's money to its new funder type (ADR 010 §15)
                        events.publishEvent(new PartnerTypeChanged(p.getId()));
                    }
                    if (!before.equals(p.toDetails())) {
                        // a line that changes nothing writes no audit row (Hibernate writes no update either)
                        trail.touched(ImportAuditTrail.Audited.PARTNER, p.getId(), false);
                    }
                }
                if (line.contactDraft() != null) {
                    mainContact(line, p, create);
                }
                applied(line);
            }
            lines += System.nanoTime() - t0;
            endChunk();
        }

        /**
         * The main contact of a partner line: the existing contact (same e-mail), the one an earlier line of the
         * file created, or a new one; attached to the partner unless already.
         */
        private void mainContact(PlannedLine line, Partner p, boolean partnerIsNew) {
            ContactDraft draft = line.contactDraft();
            String email = Contact.emailKey(draft.email());
            Long id = line.contactId() != null ? line.contactId() : email == null ? null : contactsOfFile.get(email);
            boolean fresh = id == null;
            Contact c;
            ConsentState before;
            if (fresh) {
                c = new Contact(draft);
                before = ConsentState.NONE;
                newContacts.add(c, now, user);
                createdInChunk.add(c.getId());
                contactsOfChunk.put(c.getId(), c);
                trail.touched(ImportAuditTrail.Audited.CONTACT, c.getId(), true);
                if (email != null) {
                    contactsOfFile.putIfAbsent(email, c.getId());
                }
            } else {
                c = contactsOfChunk.computeIfAbsent(id, k -> entityManager.find(Contact.class, k));
                before = c.consentState();
                ContactDetails was = c.toDetails();
                c.apply(draft);
                if (!createdInChunk.contains(id) && !was.equals(c.toDetails())) {
                    trail.touched(ImportAuditTrail.Audited.CONTACT, id, false);
                }
            }
            consent.change(c, before, ConsentChannel.IMPORT, null, null).ifPresent(this::consentLine);
            String pair = c.getId() + "|" + p.getId();
            if (fresh || partnerIsNew || !affiliated.contains(pair)) {
                Affiliation a = new Affiliation(c, p, Partner.blankToNull(line.role()), today);
                newAffiliations.add(a, now, user);
                affiliated.add(pair);
                trail.touched(ImportAuditTrail.Audited.AFFILIATION, a.getId(), true);
            }
        }

        private void consentLine(ConsentRecorder.Change change) {
            if (consentLines == null) {
                @SuppressWarnings("unchecked")
                Class<Object> type = (Class<Object>) change.logEntry().getClass();
                consentLines = new BulkRows<>(session, type);
            }
            consentLines.add(change.logEntry(), now, null);
            consentChanges.add(change);
        }

        /** Contacts imports: rare and small; through the entities, as before, minus the second planning pass. */
        void contactChunk(List<PlannedLine> chunk) {
            now = java.time.Instant.now();
            for (PlannedLine line : chunk) {
                boolean create = line.outcome() == ImportOutcome.CREATE;
                Contact c = create
                        ? new Contact(line.contactDraft())
                        : contacts.findById(line.existingId()).orElseThrow();
                ConsentState before = create ? ConsentState.NONE : c.consentState();
                ContactDetails was = create ? null : c.toDetails();
                c.apply(line.contactDraft());
                if (create) {
                    entityManager.persist(c);
                }
                if (create || !was.equals(c.toDetails())) {
                    trail.touched(ImportAuditTrail.Audited.CONTACT, c.getId(), create);
                }
                consent.record(c, before, ConsentChannel.IMPORT, null, null);
                if (line.partnerId() != null && (create || !affiliations.currentExists(c.getId(), line.partnerId()))) {
                    Affiliation a = new Affiliation(
                            c,
                            partners.getReferenceById(line.partnerId()),
                            Partner.blankToNull(line.role()),
                            LocalDate.now(clock));
                    entityManager.persist(a);
                    trail.touched(ImportAuditTrail.Audited.AFFILIATION, a.getId(), true);
                }
                applied(line);
            }
            entityManager.flush();
            trail.writeChunk();
            entityManager.clear();
        }

        private void applied(PlannedLine line) {
            int n = line.line();
            told.forEach(l -> l.applied(n));
            job.processed = ++done;
        }

        /** Loads the chunk's existing records, by the chunk rather than line by line. */
        private void startChunk(List<PlannedLine> chunk) {
            now = java.time.Instant.now();
            partnersOfChunk.clear();
            contactsOfChunk.clear();
            createdInChunk.clear();
            List<Long> partnerIds = new ArrayList<>();
            List<Long> contactIds = new ArrayList<>();
            for (PlannedLine l : chunk) {
                if (l.outcome() == ImportOutcome.UPDATE) {
                    partnerIds.add(l.existingId());
                }
                if (l.contactId() != null) {
                    contactIds.add(l.contactId());
                }
            }
            partners.findAllById(partnerIds).forEach(p -> partnersOfChunk.put(p.getId(), p));
            contacts.findAllById(contactIds).forEach(c -> contactsOfChunk.put(c.getId(), c));
            if (!contactIds.isEmpty()) {
                // the current affiliations of the existing contacts: is the line's one already there?
                entityManager
                        .createQuery(
                                "select a.contact.id, a.partner.id from Affiliation a where a.endDate is null"
                                        + " and a.contact.id in :ids",
                                Object[].class)
                        .setParameter("ids", contactIds)
                        .getResultList()
                        .forEach(r -> affiliated.add(r[0] + "|" + r[1]));
            }
        }

        /**
         * Inserts the chunk's new rows, publishes their consent events, flushes the changed records, copies the
         * chunk's audit rows and forgets it: a large file must not make each chunk slower than the last, nor keep
         * its records in memory.
         */
        private void endChunk() {
            List<BulkRows.Owned> tokens = newPartners.pending().stream()
                    .map(p -> new BulkRows.Owned(p.getId(), newPartners.collection(p, "searchTokens")))
                    .toList();
            long t0 = System.nanoTime();
            session.doWork(c -> {
                newPartners.write(c);
                BulkRows.elements(c, "partner_search_token", "partner_id", "token", tokens);
                newContacts.write(c);
                newAffiliations.write(c);
                if (consentLines != null) {
                    consentLines.write(c);
                }
            });
            long t1 = System.nanoTime();
            consentChanges.forEach(consent::publish);
            consentChanges.clear();
            entityManager.flush();
            long t2 = System.nanoTime();
            trail.writeChunk();
            entityManager.clear();
            inserts += t1 - t0;
            flush += t2 - t1;
            audit += System.nanoTime() - t2;
        }
    }
}
