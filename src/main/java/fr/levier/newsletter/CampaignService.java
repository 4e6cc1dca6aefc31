package fr.levier.newsletter;

import fr.levier.partner.AudienceMember;
import fr.levier.partner.ContactService;
import fr.levier.partner.SegmentCriteria;
import fr.levier.partner.SegmentService;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Newsletter campaigns: write, target, preview, test, send or schedule, pause, resume, cancel, follow.
 * Sending only writes the outbox (one row per recipient, in the transaction of the decision); the
 * {@link Dispatcher} sends it in the background.
 */
@Service
@Validated
public class CampaignService {

    private static final int PAGE = 500;

    private final CampaignRepository campaigns;
    private final RecipientRepository recipients;
    private final SegmentService segments;
    private final ContactService contacts;
    private final UserService users;
    private final Suppressions suppressions;
    private final EmailRenderer renderer;
    private final UnsubscribeLinks links;
    private final MailGateway gateway;
    private final EntityManager em;
    private final Clock clock;

    CampaignService(
            CampaignRepository campaigns,
            RecipientRepository recipients,
            SegmentService segments,
            ContactService contacts,
            UserService users,
            Suppressions suppressions,
            EmailRenderer renderer,
            UnsubscribeLinks links,
            MailGateway gateway,
            EntityManager em,
            Clock clock) {
        this.campaigns = campaigns;
        this.recipients = recipients;
        this.segments = segments;
        this.contacts = contacts;
        this.users = users;
        this.suppressions = suppressions;
        this.renderer = renderer;
        this.links = links;
        this.gateway = gateway;
        this.em = em;
        this.clock = clock;
    }

    /** @return a page of campaigns (sort by {@code updatedAt}, {@code subject}, {@code status}…) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<CampaignSummary> find(CampaignFilter filter, Pageable pageable) {
        return campaigns.search(like(filter.text()), filter.status(), pageable);
    }

    /** @return how many campaigns match */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(CampaignFilter filter) {
        return campaigns.countMatching(like(filter.text()), filter.status());
    }

    /** @return one campaign with its progress */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CampaignDetails get(long id) {
        return details(load(id));
    }

    /** @return the outbox counts of a campaign (live progress) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CampaignProgress progress(long id) {
        load(id);
        return recipients.progress(id);
    }

    /** Creates a draft. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails create(@Valid CampaignDraft draft) {
        checkAudience(draft);
        return details(campaigns.saveAndFlush(new Campaign(draft, currentOfficer())));
    }

    /** Changes a draft; any other status is read-only (409 when the version read is stale). */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails update(long id, long version, @Valid CampaignDraft draft) {
        Campaign c = load(id);
        c.requireVersion(version);
        if (!c.getStatus().isEditable()) {
            throw new BusinessRuleException(Messages.get("campaign.error.readOnly"));
        }
        checkAudience(draft);
        c.apply(draft);
        return details(campaigns.saveAndFlush(c));
    }

    /** A new draft with the same content and audience (sent campaigns are read-only). */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails duplicate(long id) {
        Campaign c = load(id);
        CampaignDraft d = c.toDraft();
        String subject = Messages.get("campaign.copyOf", d.subject());
        CampaignDraft copy = new CampaignDraft(
                subject.length() > 200 ? subject.substring(0, 200) : subject,
                d.preheader(),
                d.html(),
                d.segmentId(),
                d.filters());
        return details(campaigns.saveAndFlush(new Campaign(copy, currentOfficer())));
    }

    /** Deletes a draft. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        Campaign c = load(id);
        if (!c.getStatus().isEditable()) {
            throw new BusinessRuleException(Messages.get("campaign.error.readOnly"));
        }
        campaigns.delete(c);
    }

    /**
     * Who the campaign reaches now and who it leaves out, by reason (nothing is written).
     *
     * @param draft content and audience (saved or not)
     * @return the counts
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public AudienceReport audience(CampaignDraft draft) {
        Map<Exclusion, Long> excluded = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0L);
        }
        long[] counts = new long[2];
        walk(draft, (m, why) -> {
            counts[0]++;
            if (why.isPresent()) {
                excluded.merge(why.get(), 1L, Long::sum);
            } else {
                counts[1]++;
            }
        });
        return new AudienceReport(counts[0], counts[1], excluded);
    }

    /** @return up to {@code limit} contacts who would receive the campaign, to preview it as one of them */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AudienceMember> sampleRecipients(CampaignDraft draft, int limit) {
        List<AudienceMember> out = new ArrayList<>();
        walk(draft, (m, why) -> {
            if (why.isEmpty() && out.size() < limit) {
                out.add(m);
            }
        });
        return out;
    }

    /**
     * The campaign as one recipient would receive it.
     *
     * @param draft  content (saved or not)
     * @param member the recipient, or {@code null} for sample values
     * @return the message (its unsubscribe link is a sample that unsubscribes nobody)
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public RenderedMessage preview(CampaignDraft draft, AudienceMember member) {
        String officer = currentOfficer();
        EmailRenderer.Person person = member == null
                ? new EmailRenderer.Person(null, null, null, null, "fr")
                : new EmailRenderer.Person(
                        member.civility(),
                        member.firstName(),
                        member.lastName(),
                        member.partnerName(),
                        member.language());
        return renderer.render(
                draft.subject(),
                draft.preheader(),
                HtmlContent.sanitize(draft.html()),
                officer,
                member == null ? "" : member.email(),
                person,
                links.url("preview"));
    }

    /**
     * Sends the campaign to one address now (a test to oneself), marked "[TEST]"; nothing is recorded.
     *
     * @param draft content
     * @param to    the address
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('OFFICER')")
    public void sendTest(CampaignDraft draft, String to) {
        if (to == null || !to.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("to", Messages.get("campaign.error.testAddress"));
        }
        String me = currentOfficer();
        RenderedMessage m = renderer.render(
                Messages.get("campaign.testPrefix") + " " + draft.subject(),
                draft.preheader(),
                HtmlContent.sanitize(draft.html()),
                me,
                to.trim(),
                new EmailRenderer.Person(null, me, null, null, "fr"),
                links.url("preview"));
        try {
            Transport t = gateway.connect();
            try {
                gateway.send(t, gateway.build(m, "test." + UnsubscribeLinks.newId() + "@" + "levier", "preview"));
            } finally {
                t.close();
            }
        } catch (MessagingException e) {
            throw new BusinessRuleException(
                    Messages.get("campaign.error.testFailed", SmtpFailure.of(e).message()));
        }
    }

    /**
     * Decides to send now: fixes the recipients in the outbox (one row per address) and starts sending
     * in the background. The call does not wait for the messages.
     *
     * @param id      the draft
     * @param version the version read, or {@code null} to skip the check
     * @return the campaign, SENDING
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails send(long id, Long version) {
        return decide(id, version, null);
    }

    /**
     * Decides to send at a later time: recipients are fixed now; people who leave the list meanwhile
     * are still skipped.
     *
     * @param id      the draft
     * @param version the version read, or {@code null}
     * @param at      when to start (in the future)
     * @return the campaign, SCHEDULED
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails schedule(long id, Long version, Instant at) {
        if (at == null || !at.isAfter(clock.instant())) {
            throw new BusinessRuleException("scheduledAt", Messages.get("campaign.error.scheduleInPast"));
        }
        return decide(id, version, at);
    }

    /** Pauses sending (messages in flight still go). */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails pause(long id) {
        Campaign c = load(id);
        move(c, CampaignStatus.PAUSED);
        c.setPausedReason(null);
        return details(campaigns.saveAndFlush(c));
    }

    /** Resumes a paused campaign (a scheduled one keeps its time if still ahead). */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails resume(long id) {
        Campaign c = load(id);
        // rows of a scheduled campaign carry its start time: resuming early sends nothing before it
        move(c, CampaignStatus.SENDING);
        if (c.getStartedAt() == null) {
            c.setStartedAt(clock.instant());
        }
        c.setPausedReason(null);
        campaigns.saveAndFlush(c);
        campaigns.resetFailures(id, 0);
        return details(c);
    }

    /** Cancels: nothing more is sent; what was sent stays recorded. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CampaignDetails cancel(long id) {
        Campaign c = load(id);
        move(c, CampaignStatus.CANCELLED);
        c.setFinishedAt(clock.instant());
        recipients.cancelPending(id);
        return details(campaigns.saveAndFlush(c));
    }

    /**
     * @param id         the campaign
     * @param status     one status, or {@code null}
     * @param duplicates only messages that may have been sent twice
     * @param pageable   page (sort by {@code email}, {@code status}, {@code sentAt}…)
     * @return its recipients
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<RecipientRow> recipients(long id, RecipientStatus status, boolean duplicates, Pageable pageable) {
        load(id);
        return recipients.ofCampaign(id, status, duplicates, pageable).map(Recipient::toRow);
    }

    /** @return how many recipients match */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countRecipients(long id, RecipientStatus status, boolean duplicates) {
        return recipients.countOfCampaign(id, status, duplicates);
    }

    /**
     * Newsletters the partner's contacts (current and past) received or were meant to receive, newest first,
     * with where each message stands.
     *
     * @param partnerId the partner
     * @param pageable  the page (its sort is ignored: newest first)
     * @return one page of the history
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<NewsletterReceived> receivedByPartner(long partnerId, Pageable pageable) {
        var ids = contactsOf(partnerId);
        return ids.isEmpty()
                ? List.of()
                : recipients.receivedBy(ids, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** @return how many lines {@link #receivedByPartner} has in all */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long countReceivedByPartner(long partnerId) {
        var ids = contactsOf(partnerId);
        return ids.isEmpty() ? 0 : recipients.countReceivedBy(ids);
    }

    /** @return the first {@code limit} lines of {@link #receivedByPartner} */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<NewsletterReceived> receivedByPartner(long partnerId, int limit) {
        return receivedByPartner(partnerId, PageRequest.of(0, limit));
    }

    private java.util.Set<Long> contactsOf(long partnerId) {
        var ids = new HashSet<Long>();
        contacts.affiliationsOfPartner(partnerId).forEach(a -> ids.add(a.contactId()));
        return ids;
    }

    /** @return newsletters one contact received, newest first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<NewsletterReceived> receivedByContact(long contactId, int limit) {
        return recipients.receivedBy(List.of(contactId), PageRequest.of(0, limit));
    }

    private CampaignDetails decide(long id, Long version, Instant at) {
        Campaign c = load(id);
        if (version != null) {
            c.requireVersion(version);
        }
        if (!c.getStatus().isEditable()) {
            throw new BusinessRuleException(Messages.get("campaign.error.notDraft"));
        }
        if (HtmlContent.isBlank(c.getHtml())) {
            throw new BusinessRuleException("html", Messages.get("campaign.error.empty"));
        }
        Instant now = clock.instant();
        Instant notBefore = at == null ? now : at;
        long[] written = {0};
        walk(c.toDraft(), (m, why) -> {
            if (why.isEmpty()) {
                em.persist(new Recipient(
                        c.getId(),
                        m.contactId(),
                        m.email().trim().toLowerCase(Locale.ROOT),
                        m.civility(),
                        m.firstName(),
                        m.lastName(),
                        m.partnerName(),
                        m.language(),
                        UnsubscribeLinks.newId(),
                        notBefore));
                if (++written[0] % 200 == 0) {
                    em.flush();
                    em.clear();
                }
            }
        });
        if (written[0] == 0) {
            throw new BusinessRuleException(Messages.get("campaign.error.noRecipient"));
        }
        em.flush();
        Campaign fresh = load(id);
        if (at == null) {
            fresh.moveTo(CampaignStatus.SENDING);
            fresh.setStartedAt(now);
        } else {
            fresh.moveTo(CampaignStatus.SCHEDULED);
            fresh.setScheduledAt(at);
        }
        return details(campaigns.saveAndFlush(fresh));
    }

    /** Calls {@code each} for every contact of the audience with why they are excluded, if they are. */
    private void walk(CampaignDraft draft, Each each) {
        SegmentCriteria criteria = criteria(draft);
        Eligibility rule = new Eligibility(suppressions.all(), criteria.consentOnly(), new HashSet<>());
        for (int page = 0; ; page++) {
            Page<AudienceMember> p = segments.audience(criteria, PageRequest.of(page, PAGE, Sort.by("id")));
            for (AudienceMember m : p) {
                each.accept(m, rule.check(m));
            }
            if (!p.hasNext()) {
                break;
            }
        }
    }

    private interface Each {
        void accept(AudienceMember member, Optional<Exclusion> why);
    }

    private SegmentCriteria criteria(CampaignDraft d) {
        SegmentCriteria f = d.filters() == null ? SegmentCriteria.NONE : d.filters();
        if (d.segmentId() == null) {
            return f;
        }
        SegmentCriteria s = segments.get(d.segmentId()).criteria();
        return new SegmentCriteria(
                f.type() != null ? f.type() : s.type(),
                f.status() != null ? f.status() : s.status(),
                s.officerUsername(),
                f.town() != null && !f.town().isBlank() ? f.town() : s.town(),
                f.tag() != null && !f.tag().isBlank() ? f.tag() : s.tag(),
                f.investInRomansOnly() || s.investInRomansOnly(),
                f.consentOnly() || s.consentOnly());
    }

    private void checkAudience(CampaignDraft draft) {
        if (draft.segmentId() != null) {
            try {
                segments.get(draft.segmentId());
            } catch (NotFoundException e) {
                throw new BusinessRuleException("segmentId", Messages.get("campaign.error.segment"));
            }
        }
    }

    private void move(Campaign c, CampaignStatus next) {
        if (!c.getStatus().canMoveTo(next)) {
            throw new BusinessRuleException(Messages.get(
                    "campaign.error.transition",
                    Messages.get("campaignStatus." + c.getStatus().name()),
                    Messages.get("campaignStatus." + next.name())));
        }
        c.moveTo(next);
    }

    private CampaignDetails details(Campaign c) {
        return new CampaignDetails(
                c.getId(),
                c.getVersion(),
                c.getStatus(),
                c.toDraft(),
                c.getOfficerName(),
                c.getScheduledAt(),
                c.getStartedAt(),
                c.getFinishedAt(),
                c.getPausedReason(),
                c.getId() == null ? CampaignProgress.EMPTY : recipients.progress(c.getId()));
    }

    private Campaign load(long id) {
        return campaigns.findById(id).orElseThrow(() -> new NotFoundException("campaign " + id));
    }

    private String currentOfficer() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return null;
        }
        return users.findByUsername(auth.getName())
                .map(UserSummary::fullName)
                .filter(n -> n != null && !n.isBlank())
                .orElse(auth.getName());
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : text.trim().toLowerCase(Locale.ROOT) + "%";
    }
}
