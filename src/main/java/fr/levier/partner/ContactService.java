package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Contacts (people) and their affiliations to partners. Personal data: never logged. */
@Service
@Validated
public class ContactService {

    private final ContactRepository contacts;
    private final AffiliationRepository affiliations;
    private final PartnerRepository partners;
    private final Clock clock;
    private final ConsentRecorder consent;

    ContactService(
            ContactRepository contacts,
            AffiliationRepository affiliations,
            PartnerRepository partners,
            Clock clock,
            ConsentRecorder consent) {
        this.consent = consent;
        this.contacts = contacts;
        this.affiliations = affiliations;
        this.partners = partners;
        this.clock = clock;
    }

    /**
     * A page of contacts: names and e-mails starting with the text (indexed prefix search).
     *
     * @param filter   criteria
     * @param pageable page and sort ({@code lastName}, {@code email}…)
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<ContactSummary> find(ContactFilter filter, Pageable pageable) {
        return contacts.search(
                prefix(filter.text()), emailPrefix(filter.text()), filter.consent(), filter.partnerId(), pageable);
    }

    /** @return how many contacts match */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(ContactFilter filter) {
        return contacts.countMatching(
                prefix(filter.text()), emailPrefix(filter.text()), filter.consent(), filter.partnerId());
    }

    /**
     * @param id the contact
     * @return its details
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public ContactDetails details(long id) {
        return load(id).toDetails();
    }

    /**
     * Contacts that already use this e-mail (the duplicate rule for people).
     *
     * @param email     the e-mail
     * @param excludeId the contact being edited, or {@code null}
     * @return look-alikes
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ContactDetails> duplicatesOf(String email, Long excludeId) {
        String key = Contact.emailKey(email);
        if (key == null) {
            return List.of();
        }
        return contacts.findByAnyEmail(key).stream()
                .filter(c -> !c.getId().equals(excludeId))
                .map(Contact::toDetails)
                .toList();
    }

    /**
     * Creates a contact.
     *
     * @param draft           data
     * @param acceptDuplicate create even if the e-mail is already used (the user saw the warning)
     * @return the new contact
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ContactDetails create(@Valid ContactDraft draft, boolean acceptDuplicate) {
        return create(draft, acceptDuplicate, ConsentChannel.FORM);
    }

    /**
     * Creates a contact, telling the consent log how the data arrived.
     *
     * @param draft           data
     * @param acceptDuplicate create even if the e-mail is already used (the user saw the warning)
     * @param channel         form or API
     * @return the new contact
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ContactDetails create(@Valid ContactDraft draft, boolean acceptDuplicate, ConsentChannel channel) {
        check(draft, null, acceptDuplicate);
        Contact c = contacts.saveAndFlush(new Contact(draft));
        consent.record(c, ConsentState.NONE, channel, null, null);
        return c.toDetails();
    }

    /**
     * Updates a contact.
     *
     * @param id    the contact
     * @param draft data with the version read
     * @return the contact
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ContactDetails update(long id, @Valid ContactDraft draft) {
        return update(id, draft, ConsentChannel.FORM);
    }

    /**
     * Updates a contact, telling the consent log how the change arrived.
     *
     * @param id      the contact
     * @param draft   data with the version read
     * @param channel form or API
     * @return the contact
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public ContactDetails update(long id, @Valid ContactDraft draft, ConsentChannel channel) {
        if (draft.version() == null) {
            throw new fr.levier.shared.VersionRequiredException();
        }
        Contact c = load(id);
        c.requireVersion(draft.version());
        check(draft, id, true);
        ConsentState before = c.consentState();
        c.apply(draft);
        contacts.saveAndFlush(c);
        consent.record(c, before, channel, null, null);
        return c.toDetails();
    }

    /**
     * Deleting a person would leave their data in the audit tables and in the texts that name them:
     * refused, with a pointer to the erasure ({@link PersonalDataService#erase(long)}, administrators),
     * which anonymises all of it.
     *
     * @param id the contact
     * @throws BusinessRuleException always, naming the erasure
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        load(id);
        throw new BusinessRuleException(Messages.get("contact.error.useErasure", id));
    }

    /** @return the partner's contacts, current first, then past ones (history) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AffiliationView> affiliationsOfPartner(long partnerId) {
        return affiliations.ofPartner(partnerId);
    }

    /** @return where the contact works and worked, current first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AffiliationView> affiliationsOfContact(long contactId) {
        return affiliations.ofContact(contactId);
    }

    /**
     * Links a contact to a partner.
     *
     * @param draft contact, partner, role, start
     * @return the affiliation
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public AffiliationView affiliate(@Valid AffiliationDraft draft) {
        Contact c = load(draft.contactId());
        Partner p = partners.findById(draft.partnerId())
                .orElseThrow(() -> new NotFoundException("partner " + draft.partnerId()));
        if (affiliations.currentExists(c.getId(), p.getId())) {
            throw new BusinessRuleException("partnerId", Messages.get("contact.error.alreadyAffiliated", p.getName()));
        }
        Affiliation a = affiliations.saveAndFlush(new Affiliation(
                c,
                p,
                Partner.blankToNull(draft.role()),
                draft.startDate() == null ? LocalDate.now(clock) : draft.startDate()));
        return affiliations.ofContact(c.getId()).stream()
                .filter(v -> v.id().equals(a.getId()))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Ends an affiliation (the person left); it stays in the history.
     *
     * @param affiliationId the affiliation
     * @param endDate       last day, today when {@code null}
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void endAffiliation(long affiliationId, LocalDate endDate) {
        Affiliation a = affiliations
                .findById(affiliationId)
                .orElseThrow(() -> new NotFoundException("affiliation " + affiliationId));
        LocalDate end = endDate == null ? LocalDate.now(clock) : endDate;
        if (a.getStartDate() != null && end.isBefore(a.getStartDate())) {
            throw new BusinessRuleException("endDate", Messages.get("affiliation.error.endBeforeStart"));
        }
        a.setEndDate(end);
    }

    /**
     * Header search: contacts whose last name, first name or e-mail starts with the text.
     *
     * @param text  typed text
     * @param limit most hits
     * @return hits
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ContactSummary> quickSearch(String text, int limit) {
        if (prefix(text) == null) {
            return List.of();
        }
        return contacts.search(
                        prefix(text),
                        emailPrefix(text),
                        null,
                        null,
                        PageRequest.of(0, limit, Sort.by("lastName", "firstName")))
                .getContent();
    }

    private void check(ContactDraft draft, Long id, boolean acceptDuplicate) {
        // consent to newsletters must be provable (RGPD art. 7): when and where it was given
        if (draft.consentStatus() == ConsentStatus.GRANTED) {
            if (draft.consentDate() == null) {
                throw new BusinessRuleException("consentDate", Messages.get("contact.error.consentProof"));
            }
            if (draft.consentSource() == null || draft.consentSource().isBlank()) {
                throw new BusinessRuleException("consentSource", Messages.get("contact.error.consentProof"));
            }
        }
        if (draft.consentDate() != null && draft.consentDate().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("consentDate", Messages.get("contact.error.consentFuture"));
        }
        if (!PhoneNumbers.isValid(draft.phone())) {
            throw new BusinessRuleException("phone", Messages.get("contact.error.phone"));
        }
        if (!PhoneNumbers.isValid(draft.mobile())) {
            throw new BusinessRuleException("mobile", Messages.get("contact.error.phone"));
        }
        if (!acceptDuplicate) {
            List<ContactDetails> same = duplicatesOf(draft.email(), id);
            if (!same.isEmpty()) {
                throw new BusinessRuleException(
                        "email",
                        Messages.get("contact.error.duplicate", same.get(0).displayName()));
            }
        }
    }

    Contact load(long id) {
        return contacts.findById(id).orElseThrow(() -> new NotFoundException("contact " + id));
    }

    private static String prefix(String text) {
        String s = NameNormalizer.simplify(text);
        return s.isEmpty() ? null : s + "%";
    }

    private static String emailPrefix(String text) {
        String s = Contact.emailKey(text);
        return s == null ? null : s + "%";
    }
}
