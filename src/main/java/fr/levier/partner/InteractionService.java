package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Interactions: the timeline of each partner and each contact. */
@Service
@Validated
public class InteractionService {

    private final InteractionRepository interactions;
    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final fr.levier.security.UserService users;
    private final LinkChecks links;

    InteractionService(
            InteractionRepository interactions,
            PartnerRepository partners,
            ContactRepository contacts,
            fr.levier.security.UserService users,
            LinkChecks links) {
        this.users = users;
        this.links = links;
        this.interactions = interactions;
        this.partners = partners;
        this.contacts = contacts;
    }

    /** @return the partner's timeline, latest first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<InteractionView> ofPartner(long partnerId, Pageable pageable) {
        return views(interactions.ofPartner(partnerId, unsorted(pageable)));
    }

    /** @return the contact's timeline, latest first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<InteractionView> ofContact(long contactId, Pageable pageable) {
        return views(interactions.ofContact(contactId, unsorted(pageable)));
    }

    /** @return the interactions linked to a project (of the project module), latest first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<InteractionView> ofProject(long projectId, Pageable pageable) {
        return views(interactions.ofProject(projectId, unsorted(pageable)));
    }

    /** @return one interaction */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public InteractionView get(long id) {
        return views(new org.springframework.data.domain.PageImpl<>(List.of(load(id))))
                .getContent()
                .get(0);
    }

    /**
     * Records an interaction.
     *
     * @param draft the data
     * @return the interaction
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public InteractionView create(@Valid InteractionDraft draft) {
        Partner p = partners.findById(draft.partnerId())
                .orElseThrow(() -> new BusinessRuleException("partnerId", Messages.get("reference.unknown")));
        checkContacts(draft);
        Interaction i = new Interaction(p);
        i.apply(draft);
        return get(interactions.saveAndFlush(i).getId());
    }

    /**
     * Corrects an interaction.
     *
     * @param id      the interaction
     * @param version the version read (409 when someone saved it since)
     * @param draft   the data (the partner cannot change)
     * @return the interaction
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public InteractionView update(long id, long version, @Valid InteractionDraft draft) {
        Interaction i = load(id);
        i.requireVersion(version);
        checkContacts(draft);
        i.apply(draft);
        interactions.flush();
        return get(id);
    }

    /** Deletes an interaction. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        interactions.delete(load(id));
    }

    /** Every record and person the interaction names exists: an unknown one is a field error, not a dangling link. */
    private void checkContacts(InteractionDraft draft) {
        links.check(draft.projectId(), draft.commitmentId());
        if (draft.userParticipants() != null) {
            for (String login : draft.userParticipants()) {
                if (login == null || users.findByUsername(login.trim()).isEmpty()) {
                    throw new BusinessRuleException(
                            "userParticipants", Messages.get("reference.unknownUser", String.valueOf(login)));
                }
            }
        }
        if (draft.contactIds() != null
                && !draft.contactIds().isEmpty()
                && contacts.names(draft.contactIds()).size()
                        != draft.contactIds().size()) {
            throw new BusinessRuleException("contactIds", Messages.get("reference.unknown"));
        }
    }

    private Interaction load(long id) {
        return interactions.findById(id).orElseThrow(() -> new NotFoundException("interaction " + id));
    }

    private Page<InteractionView> views(Page<Interaction> page) {
        Set<Long> ids = new HashSet<>();
        page.forEach(i -> ids.addAll(i.getContactIds()));
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : contacts.names(ids)) {
                names.put((Long) row[0], row[1] == null ? (String) row[2] : row[1] + " " + row[2]);
            }
        }
        return page.map(i -> new InteractionView(
                i.getId(),
                i.getPartner() == null ? null : i.getPartner().getId(),
                i.getPartner() == null ? null : i.getPartner().getName(),
                i.getKind(),
                i.getOccurredOn(),
                i.getSubject(),
                i.getSummary(),
                i.getContactIds().stream()
                        .map(names::get)
                        .filter(java.util.Objects::nonNull)
                        .sorted()
                        .toList(),
                i.getUserParticipants() == null
                        ? List.of()
                        : Arrays.asList(i.getUserParticipants().split(",")),
                i.getProjectId(),
                i.getCommitmentId(),
                i.getVersion()));
    }

    private static Pageable unsorted(Pageable p) {
        return p.isPaged() ? org.springframework.data.domain.PageRequest.of(p.getPageNumber(), p.getPageSize()) : p;
    }
}
