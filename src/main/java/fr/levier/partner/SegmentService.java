package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

    SegmentService(SegmentRepository segments, Clock clock) {
        this.segments = segments;
        this.clock = clock;
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
        return segments.countPartners(
                c.type(),
                c.status(),
                blank(c.officerUsername()),
                town(c.town()),
                PartnerService.tagLike(c.tag()),
                c.investInRomansOnly());
    }

    /** @return how many contacts the criteria reach */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countMembers(SegmentCriteria c) {
        return segments.countMembers(
                c.type(),
                c.status(),
                blank(c.officerUsername()),
                town(c.town()),
                PartnerService.tagLike(c.tag()),
                c.investInRomansOnly(),
                c.consentOnly(),
                LocalDate.now(clock));
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
        return segments.members(
                c.type(),
                c.status(),
                blank(c.officerUsername()),
                town(c.town()),
                PartnerService.tagLike(c.tag()),
                c.investInRomansOnly(),
                c.consentOnly(),
                LocalDate.now(clock),
                pageable);
    }

    /** Saves a new segment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public SegmentView create(@Valid SegmentDraft draft) {
        checkName(draft.name(), null);
        return view(segments.saveAndFlush(new Segment(draft)));
    }

    /** Changes a segment. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public SegmentView update(long id, long version, @Valid SegmentDraft draft) {
        Segment s = load(id);
        s.requireVersion(version);
        checkName(draft.name(), id);
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
