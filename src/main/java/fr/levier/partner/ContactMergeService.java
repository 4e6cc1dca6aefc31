package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Merges two records of one person, field by field like the partner merge, in one transaction: the chosen fields
 * are copied to the survivor, the merged record's affiliations (unless the survivor already works there),
 * interactions, tasks and consent log entries move to the survivor, other modules re-point theirs on
 * {@link ContactsMerged}, and the merged record is deleted (its audit history stays). A consent taken from the
 * merged record is logged on the survivor as a change by merge; when one of the two had withdrawn or refused
 * consent, that stricter consent is the survivor's whatever was chosen.
 */
@Service
@Validated
public class ContactMergeService {

    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final InteractionRepository interactions;
    private final CrmTaskRepository tasks;
    private final ConsentLogRepository consentLog;
    private final ConsentRecorder consent;
    private final ApplicationEventPublisher events;

    ContactMergeService(
            ContactRepository contacts,
            AffiliationRepository affiliations,
            InteractionRepository interactions,
            CrmTaskRepository tasks,
            ConsentLogRepository consentLog,
            ConsentRecorder consent,
            ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.interactions = interactions;
        this.tasks = tasks;
        this.consentLog = consentLog;
        this.consent = consent;
        this.events = events;
    }

    /**
     * @param request what to keep
     * @return the survivor after the merge
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ContactDetails merge(@Valid ContactMergeRequest request) {
        if (request.survivorId().equals(request.mergedId())) {
            throw new BusinessRuleException("mergedId", Messages.get("contact.error.mergeSame"));
        }
        Contact survivor = load(request.survivorId());
        Contact merged = load(request.mergedId());
        checkVersion(survivor, request.survivorVersion());
        checkVersion(merged, request.mergedVersion());
        Set<ContactField> take =
                request.takeFromMerged() == null || request.takeFromMerged().isEmpty()
                        ? EnumSet.noneOf(ContactField.class)
                        : EnumSet.copyOf(request.takeFromMerged());
        ContactDraft combined =
                combine(survivor.toDetails().toDraft(), merged.toDetails().toDraft(), take);
        ConsentState before = survivor.consentState();
        // the merged record's e-mails go first, so that the survivor may take them
        merged.apply(withoutEmails(merged.toDetails().toDraft()));
        contacts.flush();
        survivor.apply(combined);
        contacts.flush();
        moveAffiliations(merged, survivor);
        interactions.addContact(merged.getId(), survivor.getId());
        interactions.removeContact(merged.getId());
        tasks.repointContact(merged.getId(), survivor.getId());
        consentLog.repoint(merged.getId(), survivor.getId());
        consent.record(survivor, before, ConsentChannel.FORM, null, Messages.get("contact.merge.note", merged.getId()));
        events.publishEvent(new ContactsMerged(survivor.getId(), merged.getId()));
        contacts.delete(merged);
        contacts.flush();
        return survivor.toDetails();
    }

    /** The survivor's fields, with those chosen from the merged record; an e-mail left over becomes the second. */
    static ContactDraft combine(ContactDraft s, ContactDraft m, Set<ContactField> take) {
        boolean name = take.contains(ContactField.NAME);
        boolean phones = take.contains(ContactField.PHONES);
        // the stricter consent wins whatever was chosen: an unsubscribe or a refusal is never lost by a merge
        boolean consent = optedOut(m) != optedOut(s) ? optedOut(m) : take.contains(ContactField.CONSENT);
        String email = take.contains(ContactField.EMAIL) ? m.email() : s.email();
        String other = take.contains(ContactField.EMAIL) ? s.email() : m.email();
        String email2 = s.email2() != null ? s.email2() : m.email2();
        if (email2 == null && other != null && !Objects.equals(Contact.emailKey(other), Contact.emailKey(email))) {
            email2 = other;
        }
        if (email == null) {
            email = email2;
            email2 = null;
        }
        return new ContactDraft(
                name ? m.civility() : s.civility(),
                name ? m.firstName() : s.firstName(),
                name ? m.lastName() : s.lastName(),
                take.contains(ContactField.JOB_TITLE) ? m.jobTitle() : s.jobTitle(),
                email,
                Objects.equals(Contact.emailKey(email2), Contact.emailKey(email)) ? null : email2,
                phones ? m.phone() : s.phone(),
                phones ? m.mobile() : s.mobile(),
                take.contains(ContactField.LANGUAGE) ? m.language() : s.language(),
                consent ? m.consentStatus() : s.consentStatus(),
                consent ? m.consentDate() : s.consentDate(),
                consent ? m.consentSource() : s.consentSource(),
                consent ? m.legalBasis() : s.legalBasis(),
                // never contact wins: whoever asked not to be contacted is not contacted after a merge
                s.doNotContact() || m.doNotContact(),
                null);
    }

    private static boolean optedOut(ContactDraft d) {
        return d.consentStatus() == ConsentStatus.WITHDRAWN || d.consentStatus() == ConsentStatus.REFUSED;
    }

    private static ContactDraft withoutEmails(ContactDraft d) {
        return new ContactDraft(
                d.civility(),
                d.firstName(),
                d.lastName(),
                d.jobTitle(),
                null,
                null,
                d.phone(),
                d.mobile(),
                d.language(),
                d.consentStatus(),
                d.consentDate(),
                d.consentSource(),
                d.legalBasis(),
                d.doNotContact(),
                null);
    }

    private void moveAffiliations(Contact merged, Contact survivor) {
        List<Affiliation> kept = affiliations.findByContact(survivor.getId());
        for (Affiliation a : affiliations.findByContact(merged.getId())) {
            boolean already = kept.stream()
                    .anyMatch(k -> k.getPartner().getId().equals(a.getPartner().getId())
                            && (k.getEndDate() == null) == (a.getEndDate() == null));
            if (already) {
                affiliations.delete(a);
            } else {
                a.setContact(survivor);
            }
        }
        affiliations.flush();
    }

    private static void checkVersion(Contact c, Long version) {
        c.requireVersion(version);
    }

    private Contact load(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact " + id));
    }
}
