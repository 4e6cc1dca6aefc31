package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Partners: paged lists for grids and the API, SQL counts for indicators, creation and edition with
 * SIRET and duplicate checks, and the merge of two records of one organisation.
 */
@Service
@Validated
public class PartnerService {

    /** Ids per query of {@link #summaries}: well under every database's IN-list limit. */
    static final int ID_BATCH = 1_000;

    private final PartnerRepository partners;
    private final AffiliationRepository affiliations;
    private final InteractionRepository interactions;
    private final CrmTaskRepository tasks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final jakarta.persistence.EntityManager em;

    private final fr.levier.security.UserService users;
    private final PartnerListQueries lists;

    PartnerService(
            PartnerRepository partners,
            AffiliationRepository affiliations,
            InteractionRepository interactions,
            CrmTaskRepository tasks,
            ApplicationEventPublisher events,
            Clock clock,
            jakarta.persistence.EntityManager em,
            fr.levier.security.UserService users,
            PartnerListQueries lists) {
        this.lists = lists;
        this.em = em;
        this.users = users;
        this.partners = partners;
        this.affiliations = affiliations;
        this.interactions = interactions;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of partners matching the filter; the count query is skipped when the page is the last one
     * (its rows tell the total).
     *
     * @param filter   the criteria
     * @param pageable page and sort (by line properties: {@code name}, {@code town}…); unsorted means by
     *     id (the order of creation), and the id always comes last so that pages never overlap
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<PartnerSummary> find(PartnerFilter filter, Pageable pageable) {
        PartnerCriteria c = criteria(filter);
        if (pageable.isUnpaged()) {
            return new org.springframework.data.domain.PageImpl<>(
                    lists.rows(c, pageable.getSort(), 0, Integer.MAX_VALUE));
        }
        List<PartnerSummary> rows = lists.rows(c, pageable.getSort(), pageable.getOffset(), pageable.getPageSize());
        return PageableExecutionUtils.getPage(rows, pageable, () -> lists.count(c));
    }

    /**
     * A page of partners matching the filter, without the total (no count query): what a lazy grid asks
     * for each time it scrolls, the total being asked once per filter through {@link #count}. Sorted by
     * the given properties, then by id so that pages never overlap.
     *
     * @param filter   the criteria
     * @param pageable page and sort (by line properties); unsorted means by name
     * @return the rows of the page
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasRole('VIEWER')")
    public List<PartnerSummary> rows(PartnerFilter filter, Pageable pageable) {
        Sort sort = pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("name");
        return lists.rows(criteria(filter), sort, pageable.getOffset(), pageable.getPageSize());
    }

    /**
     * The first page of a list in name order with the number of partners matching, in one transaction
     * (one consistent read): what the grid needs to open. The count query is skipped when the page is
     * not full, its rows being all there is.
     *
     * @param filter     the criteria
     * @param descending reverse name order (Z to A)
     * @param limit      how many rows (1 to 1 000)
     * @return the rows, in (name, id) order, and the total
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public PartnerPage firstPage(PartnerFilter filter, boolean descending, int limit) {
        int size = Math.clamp(limit, 1, 1_000);
        PartnerCriteria c = criteria(filter);
        List<PartnerSummary> rows = lists.rows(c, byName(descending), 0, size);
        return new PartnerPage(rows, rows.size() < size ? rows.size() : lists.count(c));
    }

    /**
     * Keyset ("seek") page in name order: the partners that come after a known one, read with an index
     * range instead of skipping rows, so a deep page costs what the first does.
     *
     * @param filter     the criteria
     * @param after      the last partner of the previous page ({@code null} for the first page)
     * @param descending reverse name order (Z to A)
     * @param limit      how many rows (1 to 1 000)
     * @return the rows, in (name, id) order
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasRole('VIEWER')")
    public List<PartnerSummary> after(PartnerFilter filter, PartnerKey after, boolean descending, int limit) {
        int size = Math.clamp(limit, 1, 1_000);
        PartnerCriteria c = criteria(filter);
        return after == null ? lists.rows(c, byName(descending), 0, size) : lists.seek(c, after, descending, size);
    }

    private static Sort byName(boolean descending) {
        return descending
                ? Sort.by(Sort.Order.desc("name"), Sort.Order.desc("id"))
                : Sort.by(Sort.Order.asc("name"), Sort.Order.asc("id"));
    }

    /**
     * One partner's summary.
     *
     * @param id the partner
     * @return the summary, empty when no such partner
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<PartnerSummary> get(long id) {
        return partners.findById(id).map(Partner::toSummary);
    }

    /**
     * The summaries of many partners at once, read by id in batches of {@value #ID_BATCH} (one query each),
     * however many partners the database holds.
     *
     * @param ids the partners wanted; unknown ids are left out
     * @return the summaries by id
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Map<Long, PartnerSummary> summaries(Collection<Long> ids) {
        List<Long> distinct = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<Long, PartnerSummary> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += ID_BATCH) {
            partners.summaries(distinct.subList(from, Math.min(from + ID_BATCH, distinct.size())))
                    .forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    /** @return the number of partners matching the filter */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(PartnerFilter filter) {
        return lists.count(criteria(filter));
    }

    /** The filter as query criteria (days of record in the city's time zone, the clock's). */
    private PartnerCriteria criteria(PartnerFilter filter) {
        return PartnerCriteria.of(filter, clock.getZone());
    }

    /** @return partners per type, largest first (computed in SQL) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<PartnerCount> countByType() {
        return partners.countByType();
    }

    /** @return the number of partners with that relationship status */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countByStatus(RelationshipStatus status) {
        return partners.countByStatus(status);
    }

    /**
     * Everything about one partner.
     *
     * @param id the partner
     * @return its details
     * @throws NotFoundException when there is no such partner
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public PartnerDetails details(long id) {
        return load(id).toDetails();
    }

    /**
     * Header search: partners whose name or town has, for every typed word, a word starting with it, or
     * whose SIRET starts with the digits typed. Indexed (token table, SIRET unique index), no scan.
     *
     * @param text  what was typed
     * @param limit most hits
     * @return hits by name
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<PartnerSummary> quickSearch(String text, int limit) {
        List<PartnerSummary> hits = new ArrayList<>();
        String siret = SiretRules.clean(text);
        if (siret != null && siret.matches("\\d{3,14}")) {
            hits.addAll(partners.bySiretPrefix(siret + "%", PageRequest.of(0, limit, Sort.by("siret"))));
        }
        List<String> words = java.util.Arrays.stream(
                        NameNormalizer.simplify(text).split(" "))
                .filter(w -> !w.isEmpty())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .limit(4)
                .toList();
        if (words.isEmpty() || hits.size() >= limit) {
            return hits;
        }
        // one index range scan on the most selective (longest) word, the other words joined on the
        // (partner_id, token) primary key; then primary-key lookups of at most 200 candidates
        StringBuilder sql = new StringBuilder("select distinct t0.partner_id from partner_search_token t0");
        for (int i = 1; i < words.size(); i++) {
            sql.append(" join partner_search_token t")
                    .append(i)
                    .append(" on t")
                    .append(i)
                    .append(".partner_id = t0.partner_id and t")
                    .append(i)
                    .append(".token like ?")
                    .append(i + 1);
        }
        sql.append(" where t0.token like ?1");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < words.size(); i++) {
            query.setParameter(i + 1, words.get(i) + "%");
        }
        List<Long> ids = ((List<?>) query.setMaxResults(200).getResultList())
                .stream().map(o -> ((Number) o).longValue()).toList();
        if (!ids.isEmpty()) {
            java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.FRENCH);
            partners.summaries(ids).stream()
                    .sorted(java.util.Comparator.comparing(PartnerSummary::name, collator))
                    .filter(p -> hits.stream().noneMatch(h -> h.id().equals(p.id())))
                    .limit(limit - hits.size())
                    .forEach(hits::add);
        }
        return hits;
    }

    /**
     * Existing partners that look like this draft: same SIRET, or same normalised name in the same town.
     *
     * @param draft     what is being entered
     * @param excludeId the partner being edited, or {@code null}
     * @return the look-alikes, SIRET matches first
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<DuplicateCandidate> duplicatesOf(PartnerDraft draft, Long excludeId) {
        List<DuplicateCandidate> result = new ArrayList<>();
        String siret = SiretRules.clean(draft.siret());
        if (siret != null) {
            partners.findBySiret(siret)
                    .filter(p -> !p.getId().equals(excludeId))
                    .ifPresent(p -> result.add(new DuplicateCandidate(
                            p.getId(), p.getName(), p.getTown(), p.getSiret(), DuplicateReason.SIRET)));
        }
        String name = NameNormalizer.organisation(draft.name());
        if (!name.isEmpty()) {
            String town = draft.town() == null || draft.town().isBlank() ? null : NameNormalizer.simplify(draft.town());
            partners.sameNameAndTown(name, town).stream()
                    .filter(c -> !c.id().equals(excludeId) && result.stream().noneMatch(r -> r.id().equals(c.id())))
                    .forEach(result::add);
        }
        return result;
    }

    /**
     * Pairs of partners with the same normalised name in the same town (SIRET duplicates cannot exist:
     * the column is unique), for the dedupe screen.
     *
     * @param limit most pairs
     * @return the pairs by name
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<DuplicatePair> duplicatePairs(int limit) {
        return partners.duplicatePairs(PageRequest.of(0, limit));
    }

    /**
     * Creates a partner.
     *
     * @param draft            the data
     * @param acceptDuplicates create even when a partner with the same name and town exists (the user
     *                         saw the warning); a SIRET already used is always refused
     * @return the new partner
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public PartnerDetails create(@Valid PartnerDraft draft, boolean acceptDuplicates) {
        check(draft, null, acceptDuplicates);
        Partner p = new Partner(draft.name().trim(), draft.type());
        p.apply(draft);
        return partners.saveAndFlush(p).toDetails();
    }

    /**
     * Updates a partner's identity.
     *
     * @param id    the partner
     * @param draft the new data, with the version read
     * @return the updated partner
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public PartnerDetails update(long id, @Valid PartnerDraft draft) {
        if (draft.version() == null) {
            throw new fr.levier.shared.VersionRequiredException();
        }
        Partner p = load(id);
        checkVersion(p, draft.version());
        check(draft, id, true);
        boolean typeChanged = p.apply(draft);
        PartnerDetails saved = partners.saveAndFlush(p).toDetails();
        if (typeChanged) {
            events.publishEvent(new PartnerTypeChanged(id));
        }
        return saved;
    }

    /**
     * Records whether a partner's money is public, overriding its type's default (CGCT L1111-10: a body of
     * private law with a public-service mission, a CAF for instance, does not count).
     *
     * @param id    the partner
     * @param value   {@code true} / {@code false}, or {@code null} to follow the type again
     * @param version the partner's version read (stale: 409 with who saved it and when)
     * @return the partner's summary
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public PartnerSummary setPublicMoney(long id, Boolean value, Long version) {
        if (version == null) {
            throw new fr.levier.shared.VersionRequiredException();
        }
        Partner p = load(id);
        checkVersion(p, version);
        p.setPublicMoney(value);
        return partners.saveAndFlush(p).toSummary();
    }

    /**
     * Deletes a partner that nothing refers to.
     *
     * @param id the partner
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        Partner p = load(id);
        if (!affiliations.findByPartner(id).isEmpty()
                || interactions.countByPartnerId(id) > 0
                || tasks.countByPartnerId(id) > 0) {
            throw new BusinessRuleException(Messages.get("partner.error.inUse"));
        }
        try {
            partners.delete(p);
            partners.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException(Messages.get("partner.error.inUse"));
        }
    }

    /**
     * Merges two records of one organisation, in one transaction: chosen fields are copied to the
     * survivor, contacts' affiliations, interactions and tasks move to it, other modules re-point their
     * records on {@link PartnersMerged}, and the merged record is deleted (its audit history stays).
     *
     * @param request what to keep
     * @return the survivor after the merge
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public PartnerDetails merge(@Valid MergeRequest request) {
        if (request.survivorId().equals(request.mergedId())) {
            throw new BusinessRuleException(Messages.get("partner.error.mergeSame"));
        }
        Partner survivor = load(request.survivorId());
        Partner merged = load(request.mergedId());
        checkVersion(survivor, request.survivorVersion());
        checkVersion(merged, request.mergedVersion());
        Set<PartnerField> take =
                request.takeFromMerged() == null || request.takeFromMerged().isEmpty()
                        ? EnumSet.noneOf(PartnerField.class)
                        : EnumSet.copyOf(request.takeFromMerged());
        PartnerDetails s = survivor.toDetails();
        PartnerDetails m = merged.toDetails();
        PartnerDetails pick = pick(s, m, take);
        String note = Messages.get(
                "partner.merge.note", m.name(), String.valueOf(m.id()), FrenchFormats.date(LocalDate.now(clock)));
        String notes = pick.notes() == null ? note : pick.notes() + "\n" + note;
        if (notes.length() > 4000) {
            notes = notes.substring(notes.length() - 4000);
        }
        PartnerDraft combined = new PartnerDraft(
                pick.name(),
                pick.legalForm(),
                pick.type(),
                pick.siret(),
                pick.nafCode(),
                pick.street(),
                pick.postcode(),
                pick.town(),
                pick.website(),
                pick.headcount(),
                pick.tags(),
                pick.status(),
                pick.officerUsername(),
                pick.investInRomans(),
                pick.memberSince(),
                pick.memberLevel(),
                pick.memberFee(),
                notes,
                null);
        merged.setSiret(null);
        partners.flush();
        boolean survivorTypeChanged = survivor.apply(combined);
        for (Affiliation a : affiliations.findByPartner(merged.getId())) {
            a.setPartner(survivor);
        }
        affiliations.flush();
        interactions.repoint(merged.getId(), survivor.getId());
        tasks.repoint(merged.getId(), survivor.getId());
        events.publishEvent(new PartnersMerged(survivor.getId(), merged.getId()));
        if (survivorTypeChanged) {
            partners.flush();
            events.publishEvent(new PartnerTypeChanged(survivor.getId()));
        }
        partners.delete(merged);
        partners.flush();
        return survivor.toDetails();
    }

    private static PartnerDetails pick(PartnerDetails s, PartnerDetails m, Set<PartnerField> take) {
        boolean address = take.contains(PartnerField.ADDRESS);
        boolean membership = take.contains(PartnerField.MEMBERSHIP);
        return new PartnerDetails(
                s.id(),
                s.version(),
                take.contains(PartnerField.NAME) ? m.name() : s.name(),
                take.contains(PartnerField.LEGAL_FORM) ? m.legalForm() : s.legalForm(),
                take.contains(PartnerField.TYPE) ? m.type() : s.type(),
                take.contains(PartnerField.SIRET) ? m.siret() : s.siret(),
                take.contains(PartnerField.NAF_CODE) ? m.nafCode() : s.nafCode(),
                address ? m.street() : s.street(),
                address ? m.postcode() : s.postcode(),
                address ? m.town() : s.town(),
                take.contains(PartnerField.WEBSITE) ? m.website() : s.website(),
                take.contains(PartnerField.HEADCOUNT) ? m.headcount() : s.headcount(),
                take.contains(PartnerField.TAGS) ? m.tags() : s.tags(),
                take.contains(PartnerField.STATUS) ? m.status() : s.status(),
                take.contains(PartnerField.OFFICER) ? m.officerUsername() : s.officerUsername(),
                membership ? m.investInRomans() : s.investInRomans(),
                membership ? m.memberSince() : s.memberSince(),
                membership ? m.memberLevel() : s.memberLevel(),
                membership ? m.memberFee() : s.memberFee(),
                take.contains(PartnerField.NOTES) ? m.notes() : s.notes());
    }

    /** Same checks for the form, the API and the import. */
    private void check(PartnerDraft draft, Long id, boolean acceptDuplicates) {
        if (draft.officerUsername() != null
                && !draft.officerUsername().isBlank()
                && users.findByUsername(draft.officerUsername().trim()).isEmpty()) {
            throw new BusinessRuleException(
                    "officerUsername", Messages.get("reference.unknownUser", draft.officerUsername()));
        }
        String siret = SiretRules.clean(draft.siret());
        if (siret != null && !SiretRules.isValid(siret)) {
            throw new BusinessRuleException("siret", Messages.get("partner.error.siret"));
        }
        List<DuplicateCandidate> duplicates = duplicatesOf(draft, id);
        duplicates.stream()
                .filter(d -> d.reason() == DuplicateReason.SIRET)
                .findFirst()
                .ifPresent(d -> {
                    throw new BusinessRuleException("siret", Messages.get("partner.error.siretUsed", d.name()));
                });
        if (!acceptDuplicates && !duplicates.isEmpty()) {
            throw new BusinessRuleException(
                    "name",
                    Messages.get("partner.error.duplicate", duplicates.get(0).name()));
        }
    }

    private static void checkVersion(Partner p, Long version) {
        p.requireVersion(version);
    }

    Partner load(long id) {
        return partners.findById(id).orElseThrow(() -> new NotFoundException("partner " + id));
    }
}
