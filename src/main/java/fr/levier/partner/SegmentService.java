package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Segments: saved filters on partners whose current, contactable contacts are the audience of a
 * newsletter or a report. Counts are SQL counts, computed live.
 */
@Service
@Validated
public class SegmentService {

    private final SegmentRepository segments;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<SegmentCriterionProvider> providers;

    SegmentService(
            SegmentRepository segments,
            Clock clock,
            org.springframework.beans.factory.ObjectProvider<SegmentCriterionProvider> providers) {
        this.segments = segments;
        this.clock = clock;
        this.providers = providers;
    }

    /**
     * What the "funds project" and "funder of programme" criteria can refer to, for the editor's pickers.
     *
     * @param kind project or programme
     * @return the choices, empty when no module answers
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<SegmentCriterionProvider.Choice> criterionChoices(SegmentCriterionProvider.Kind kind) {
        SegmentCriterionProvider p = providers.getIfAvailable();
        return p == null ? List.of() : p.choices(kind);
    }

    /** The partner ids the funding criteria allow, or {@code null} when there is none. */
    private Collection<Long> fundingIds(SegmentCriteria c) {
        if (c.projectId() == null && c.programmeId() == null) {
            return null;
        }
        SegmentCriterionProvider p = providers.getIfAvailable();
        Set<Long> ids = null;
        if (c.projectId() != null) {
            ids = new HashSet<>(
                    p == null ? Set.of() : p.partnerIds(SegmentCriterionProvider.Kind.PROJECT, c.projectId()));
        }
        if (c.programmeId() != null) {
            Set<Long> of =
                    p == null ? Set.of() : p.partnerIds(SegmentCriterionProvider.Kind.PROGRAMME, c.programmeId());
            if (ids == null) {
                ids = new HashSet<>(of);
            } else {
                ids.retainAll(of);
            }
        }
        // "in ()" is not valid SQL: an id no partner has stands for "none"
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    private void checkReferences(SegmentCriteria c) {
        SegmentCriterionProvider p = providers.getIfAvailable();
        if (c.projectId() != null
                && (p == null
                        || p.label(SegmentCriterionProvider.Kind.PROJECT, c.projectId())
                                .isEmpty())) {
            throw new BusinessRuleException(
                    "criteria.projectId", Messages.get("segment.error.unknownProject", c.projectId()));
        }
        if (c.programmeId() != null
                && (p == null
                        || p.label(SegmentCriterionProvider.Kind.PROGRAMME, c.programmeId())
                                .isEmpty())) {
            throw new BusinessRuleException(
                    "criteria.programmeId", Messages.get("segment.error.unknownProgramme", c.programmeId()));
        }
    }

    /** @return every segment with its live counts, by name */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<SegmentView> all() {
        return segments.findAll(Sort.by("name")).stream().map(this::view).toList();
    }

    /** @return one segment with its counts */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public SegmentView get(long id) {
        return view(load(id));
    }

    /** @return how many partners match the criteria */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countPartners(SegmentCriteria c) {
        return segments.countPartners(query(c));
    }

    /** @return how many contacts the criteria reach */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countMembers(SegmentCriteria c) {
        return segments.countMembers(query(c));
    }

    /**
     * The contacts a segment reaches: current affiliation to a matching partner, an e-mail, not
     * flagged do-not-contact, and consent when the segment requires it.
     *
     * @param id       the segment
     * @param pageable page and sort ({@code lastName}…)
     * @return the members
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<SegmentMember> members(long id, Pageable pageable) {
        return membersOf(load(id).criteria(), pageable);
    }

    /** @return the members of unsaved criteria (live preview) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<SegmentMember> membersOf(SegmentCriteria c, Pageable pageable) {
        return segments.members(query(c), pageable);
    }

    /**
     * Everyone the criteria reach before any newsletter rule: the current contacts of matching partners,
     * including those without e-mail, without consent or flagged do-not-contact, so the caller can say
     * who is excluded and why. The criteria's {@code consentOnly} is left to the caller too.
     *
     * @param c        the criteria
     * @param pageable page and sort (by {@code id} for a stable walk through all pages)
     * @return the contacts
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<AudienceMember> audience(SegmentCriteria c, Pageable pageable) {
        return segments.audience(query(c), pageable);
    }

    /** The criteria as the queries bind them, built once per call. */
    private SegmentQuery query(SegmentCriteria c) {
        Collection<Long> ids = fundingIds(c);
        return new SegmentQuery(
                c.type(),
                c.status(),
                blank(c.officerUsername()),
                town(c.town()),
                PartnerCriteria.tagLike(c.tag()),
                c.investInRomansOnly(),
                ids != null,
                ids == null ? List.of(-1L) : ids,
                c.consentOnly(),
                LocalDate.now(clock));
    }

    /** Saves a new segment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public SegmentView create(@Valid SegmentDraft draft) {
        checkName(draft.name(), null);
        checkReferences(draft.criteria());
        return view(segments.saveAndFlush(new Segment(draft)));
    }

    /** Changes a segment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public SegmentView update(long id, long version, @Valid SegmentDraft draft) {
        Segment s = load(id);
        s.requireVersion(version);
        checkName(draft.name(), id);
        checkReferences(draft.criteria());
        s.apply(draft);
        return view(segments.saveAndFlush(s));
    }

    /** Deletes a segment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        segments.delete(load(id));
    }

    private void checkName(String name, Long id) {
        segments.findByNameIgnoreCase(name.trim())
                .filter(s -> !s.getId().equals(id))
                .ifPresent(s -> {
                    throw new BusinessRuleException("name", Messages.get("segment.error.nameUsed"));
                });
    }

    private SegmentView view(Segment s) {
        return s.toView(countPartners(s.criteria()), countMembers(s.criteria()));
    }

    private Segment load(long id) {
        return segments.findById(id).orElseThrow(() -> new NotFoundException("segment " + id));
    }

    private static String town(String town) {
        String t = NameNormalizer.simplify(town);
        return t.isEmpty() ? null : t;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
