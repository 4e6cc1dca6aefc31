package fr.levier.partner;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The RGPD rights of a contact: access (everything held about them, as data or a readable PDF) and
 * erasure. Erasure anonymises, in one transaction, the live row, its Envers audit copies and the
 * texts that name the person (interactions, tasks); it keeps the rows themselves so that the
 * history of partners, projects and funding stays whole, records who erased which contact id and
 * when (no personal data), and publishes {@link ContactErased} for the other modules' own rows.
 * The retention job calls {@link #erase(long)} too. Design: {@code docs/adr/008-hardening.md}.
 */
@Service
public class PersonalDataService implements ContactErasure {

    /** The reason recorded when the caller gives none: the person's own request. */
    public static final String DEFAULT_REASON = "ERASURE_REQUEST";

    /** The longest reason kept. */
    public static final int MAX_REASON = 500;

    private final ContactService contacts;
    private final InteractionService interactions;
    private final TaskService tasks;
    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final List<PersonalDataContributor> contributors;
    private final Clock clock;

    PersonalDataService(
            ContactService contacts,
            InteractionService interactions,
            TaskService tasks,
            EntityManager em,
            JdbcTemplate jdbc,
            ApplicationEventPublisher events,
            List<PersonalDataContributor> contributors,
            Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.tasks = tasks;
        this.em = em;
        this.jdbc = jdbc;
        this.events = events;
        this.contributors = contributors;
        this.clock = clock;
    }

    /**
     * Right of access: everything held about a contact. The export itself is logged (who, when, one
     * contact), like every export of personal data.
     *
     * @param contactId the contact
     * @return the sections
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public PersonalDataExport export(long contactId) {
        ContactDetails details = contacts.details(contactId);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("contact", details);
        sections.put("affiliations", contacts.affiliationsOfContact(contactId));
        sections.put(
                "interactions",
                interactions
                        .ofContact(contactId, PageRequest.of(0, Integer.MAX_VALUE / 2))
                        .getContent());
        sections.put(
                "tasks",
                tasks.find(new TaskFilter(null, null, contactId, false), PageRequest.of(0, Integer.MAX_VALUE / 2))
                        .getContent());
        sections.put(
                "history",
                jdbc.queryForList(
                        "select r.rev as revision, r.revtstmp as at_epoch_ms, r.username as changed_by,"
                                + " a.revtype as change_type, a.civility, a.first_name, a.last_name, a.job_title,"
                                + " a.email, a.email2, a.phone, a.mobile, a.language, a.consent_status,"
                                + " a.consent_date, a.consent_source, a.legal_basis, a.do_not_contact"
                                + " from contact_aud a join revinfo r on r.rev = a.rev where a.id = ? order by r.rev",
                        contactId));
        sections.put(
                "erasures",
                jdbc.queryForList(
                        "select erased_at, erased_by, reason from contact_erasure where contact_id = ? order by erased_at",
                        contactId));
        for (PersonalDataContributor c : contributors) {
            sections.put(c.section(), c.collect(contactId));
        }
        logExport("contact-access", 1);
        return new PersonalDataExport(contactId, details.displayName(), clock.instant(), sections);
    }

    /**
     * Right of access, as a readable PDF.
     *
     * @param contactId the contact
     * @return the PDF's bytes
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public byte[] exportPdf(long contactId) {
        return PersonalDataPdf.render(export(contactId));
    }

    /**
     * Right to erasure: anonymises the contact, its audit copies and the texts naming it, in this
     * transaction; records the erasure (who, when, contact id, why) and publishes {@link ContactErased}.
     * The reason is also the note of the audit revision, shown in the audit log: it must hold no personal
     * data (the screen says so). Erasing an already erased contact only records the request again.
     *
     * @param contactId the contact
     * @param reason    why, e.g. {@code RETENTION} or "Demande de la personne du 12/11/2026"; required
     */
    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(long contactId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new fr.levier.shared.BusinessRuleException(
                    "reason", fr.levier.shared.i18n.Messages.get("contact.erase.reasonRequired"));
        }
        if (reason.length() > MAX_REASON) {
            throw new fr.levier.shared.BusinessRuleException(
                    "reason", fr.levier.shared.i18n.Messages.get("contact.erase.reasonTooLong", MAX_REASON));
        }
        eraseWithReason(contactId, reason.trim());
    }

    /**
     * Right to erasure without a stated reason (see {@link #erase(long, String)}): recorded as
     * {@value #DEFAULT_REASON}.
     *
     * @param contactId the contact
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void erase(long contactId) {
        eraseWithReason(contactId, DEFAULT_REASON);
    }

    private void eraseWithReason(long contactId, String reason) {
        Contact c = contacts.load(contactId);
        PersonalTextScrubber everywhere = scrubber(c, false);
        PersonalTextScrubber linked = scrubber(c, true);
        scrubInteractions(c, everywhere, linked);
        scrubTasks(c, everywhere, linked);
        c.anonymise();
        em.flush();
        // the audit copies: every revision of the contact, and the roles of its affiliations
        jdbc.update(
                "update contact_aud set civility = null, first_name = null, last_name = ?, normalized_first = null,"
                        + " normalized_last = ?, job_title = null, email = null, email2 = null, phone = null,"
                        + " mobile = null, consent_date = null, consent_source = null, legal_basis = null where id = ?",
                Contact.ERASED_NAME,
                NameNormalizer.simplify(Contact.ERASED_NAME),
                contactId);
        jdbc.update("update affiliation set role = null where contact_id = ?", contactId);
        jdbc.update("update affiliation_aud set role = null where contact_id = ?", contactId);
        jdbc.update(
                "insert into contact_erasure (id, contact_id, erased_at, erased_by, reason)"
                        + " values (next value for contact_erasure_seq, ?, ?, ?, ?)",
                contactId,
                java.sql.Timestamp.from(clock.instant()),
                currentUser(),
                reason);
        em.clear();
        // the reason is the note of this revision, shown in the audit log (after clear(): the revision
        // becomes managed here and is written at commit with the audited changes)
        org.hibernate.envers.AuditReaderFactory.get(em)
                .getCurrentRevision(fr.levier.shared.audit.AuditRevision.class, true)
                .setNote(reason);
        events.publishEvent(new ContactErased(contactId));
    }

    /**
     * @param contactId a contact
     * @return when it was erased, if it was
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.Optional<Instant> erasedAt(long contactId) {
        return jdbc
                .queryForList(
                        "select max(erased_at) from contact_erasure where contact_id = ?",
                        java.sql.Timestamp.class,
                        contactId)
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .map(java.sql.Timestamp::toInstant);
    }

    /**
     * Logs an export of personal data: who, when, what and how many rows (never the data).
     *
     * @param what what was exported, e.g. {@code contacts-csv}
     * @param rows how many rows
     */
    @Transactional
    @PreAuthorize("hasRole('VIEWER')")
    public void logExport(String what, long rows) {
        jdbc.update(
                "insert into personal_data_export (id, exported_at, exported_by, what, row_count)"
                        + " values (next value for personal_data_export_seq, ?, ?, ?, ?)",
                java.sql.Timestamp.from(clock.instant()),
                currentUser(),
                what,
                rows);
    }

    private void scrubInteractions(Contact c, PersonalTextScrubber everywhere, PersonalTextScrubber linked) {
        List<Interaction> mine = em.createQuery(
                        "select i from Interaction i where :id member of i.contactIds", Interaction.class)
                .setParameter("id", c.getId())
                .getResultList();
        mine.forEach(i -> i.scrub(linked::scrub));
        Set<Interaction> others = new LinkedHashSet<>();
        for (String needle : needles(c)) {
            others.addAll(em.createQuery(
                            "select i from Interaction i where lower(i.subject) like :n or lower(i.summary) like :n",
                            Interaction.class)
                    .setParameter("n", "%" + needle + "%")
                    .getResultList());
        }
        others.removeAll(mine);
        others.forEach(i -> i.scrub(everywhere::scrub));
    }

    private void scrubTasks(Contact c, PersonalTextScrubber everywhere, PersonalTextScrubber linked) {
        List<CrmTask> mine = em.createQuery("select t from CrmTask t where t.contact.id = :id", CrmTask.class)
                .setParameter("id", c.getId())
                .getResultList();
        mine.forEach(t -> t.scrub(linked::scrub));
        Set<CrmTask> others = new LinkedHashSet<>();
        for (String needle : needles(c)) {
            others.addAll(em.createQuery("select t from CrmTask t where lower(t.title) like :n", CrmTask.class)
                    .setParameter("n", "%" + needle + "%")
                    .getResultList());
        }
        others.removeAll(mine);
        others.forEach(t -> t.scrub(everywhere::scrub));
    }

    /** Cheap SQL pre-filters: the last name and the e-mails; the scrubber decides. */
    private static List<String> needles(Contact c) {
        return java.util.stream.Stream.of(c.getLastName(), c.getEmail(), c.getEmail2())
                .filter(s -> s != null && s.length() >= 2)
                .map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    private static PersonalTextScrubber scrubber(Contact c, boolean includeLastName) {
        return new PersonalTextScrubber(
                c.getFirstName(),
                c.getLastName(),
                java.util.Arrays.asList(c.getEmail(), c.getEmail2()),
                java.util.Arrays.asList(c.getPhone(), c.getMobile()),
                includeLastName);
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
