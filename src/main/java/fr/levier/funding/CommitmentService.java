package fr.levier.funding;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.DossierDates;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.SqlPatterns;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Commitments and their allocations to projects. Enforces the lifecycle's allowed transitions and
 * that a commitment's allocations never exceed its award (or its request before the award).
 */
@Service
@Validated
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final AllocationRepository allocations;
    private final FundingProgrammeRepository programmes;
    private final PaymentClaimRepository claims;
    private final PartnerService partners;
    private final PartnerNames partnerNames;
    private final ProjectService projects;
    private final Clock clock;
    private final CommitmentTermsRepository terms;

    CommitmentService(
            CommitmentRepository commitments,
            AllocationRepository allocations,
            FundingProgrammeRepository programmes,
            PaymentClaimRepository claims,
            PartnerService partners,
            PartnerNames partnerNames,
            ProjectService projects,
            Clock clock,
            CommitmentTermsRepository terms) {
        this.terms = terms;
        this.commitments = commitments;
        this.allocations = allocations;
        this.programmes = programmes;
        this.claims = claims;
        this.partners = partners;
        this.partnerNames = partnerNames;
        this.projects = projects;
        this.clock = clock;
    }

    /** @return a page of commitments matching the filter (sort by {@code title}, {@code status}, {@code amountRequested}…) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<CommitmentSummary> find(CommitmentFilter filter, Pageable pageable) {
        Page<CommitmentRow> page = commitments.search(
                SqlPatterns.contains(filter.text()), filter.partnerId(), filter.status(), filter.kind(), pageable);
        Map<Long, PartnerSummary> names =
                partnerNames.of(page.stream().map(CommitmentRow::partnerId).collect(Collectors.toSet()));
        return page.map(r -> new CommitmentSummary(
                r.id(),
                r.title(),
                r.partnerId(),
                partnerNames.name(names, r.partnerId()),
                r.kind(),
                r.status(),
                r.programmeCode(),
                r.amountRequested(),
                r.amountAwarded()));
    }

    /** @return how many commitments match the filter */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(CommitmentFilter filter) {
        return commitments.countMatching(
                SqlPatterns.contains(filter.text()), filter.partnerId(), filter.status(), filter.kind());
    }

    /** @return the commitment with its derived figures (allocated, next deadline, mécénat check) */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public CommitmentDetails get(long id) {
        return details(load(id));
    }

    /** @return the funding programmes, by code */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ProgrammeSummary> programmes() {
        return programmes.findAll(org.springframework.data.domain.Sort.by("code")).stream()
                .map(FundingProgramme::toSummary)
                .toList();
    }

    /**
     * Records a new commitment, status "identified".
     *
     * @param input what the user entered
     * @return the commitment
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CommitmentDetails create(@Valid CommitmentInput input) {
        check(input);
        Commitment c = new Commitment(input);
        return details(commitments.saveAndFlush(c));
    }

    /** The statuses a commitment may be created in: the dossier's steps before any money (see {@link #create(CommitmentInput, CommitmentStatus)}). */
    public static final Set<CommitmentStatus> INITIAL_STATUSES = java.util.Collections.unmodifiableSet(EnumSet.of(
            CommitmentStatus.IDENTIFIED,
            CommitmentStatus.REQUESTED,
            CommitmentStatus.COMPLETE,
            CommitmentStatus.AWARDED,
            CommitmentStatus.REFUSED,
            CommitmentStatus.CONVENTION_SIGNED));

    /**
     * Records a new commitment directly in the status the officer knows, in one call. The commitment walks
     * the lifecycle's allowed transitions from "identified" (each with its checks: an award needs its
     * amount), so the result is the same as creating it and moving it step by step. The status needs the
     * dates that prove it: the request received from "requested" on, the decision (and for an award its
     * amount) from "awarded" or "refused", the signature for "convention signed". Money statuses are
     * reached by recording payments, lapse and withdrawal are decisions on an existing commitment.
     *
     * @param input  what the user entered
     * @param status the status to create it in, {@code null} for "identified"
     * @return the commitment
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CommitmentDetails create(@Valid CommitmentInput input, CommitmentStatus status) {
        CommitmentStatus target = status == null ? CommitmentStatus.IDENTIFIED : status;
        if (!INITIAL_STATUSES.contains(target)) {
            throw new BusinessRuleException(
                    "status",
                    Messages.get("funding.error.initialStatus", Messages.get("commitmentStatus." + target.name())));
        }
        check(input);
        DossierDates d = input.dates() == null ? DossierDates.NONE : input.dates();
        if (target != CommitmentStatus.IDENTIFIED) {
            requireDate(d.submittedOn(), "submittedOn", target);
        }
        if (target.isAwarded() || target == CommitmentStatus.REFUSED) {
            requireDate(d.decidedOn(), "decidedOn", target);
        }
        if (target == CommitmentStatus.CONVENTION_SIGNED) {
            requireDate(d.conventionSignedOn(), "conventionSignedOn", target);
        }
        Commitment c = commitments.saveAndFlush(new Commitment(input));
        for (CommitmentStatus step : CommitmentStatus.path(CommitmentStatus.IDENTIFIED, target)) {
            requireTransition(c, step);
            c.setStatus(step);
        }
        return details(commitments.saveAndFlush(c));
    }

    private static void requireDate(LocalDate date, String field, CommitmentStatus target) {
        if (date == null) {
            throw new BusinessRuleException(
                    "dates." + field,
                    Messages.get(
                            "funding.error.dateForStatus",
                            Messages.get("dates." + field),
                            Messages.get("commitmentStatus." + target.name())));
        }
    }

    /**
     * Changes a commitment's data (not its status).
     *
     * @param id      the commitment
     * @param version the version the user saw
     * @param input   what the user entered
     * @return the updated commitment
     * @throws StaleRecordException when someone else saved it since
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CommitmentDetails update(long id, long version, @Valid CommitmentInput input) {
        Commitment c = load(id);
        c.requireVersion(version);
        check(input);
        BigDecimal allocated = allocations.allocated(id);
        BigDecimal newBase = c.getStatus().isAwarded() && input.amountAwarded() != null
                ? input.amountAwarded()
                : input.amountRequested();
        if (allocated.compareTo(newBase) > 0) {
            String field = c.getStatus().isAwarded() ? "amountAwarded" : "amountRequested";
            throw new BusinessRuleException(
                    field, Messages.get("funding.error.baseBelowAllocated", money(newBase), money(allocated)));
        }
        c.apply(input);
        return details(commitments.saveAndFlush(c));
    }

    /**
     * Moves a commitment along its lifecycle; only the allowed transitions are accepted. Lapsing
     * (caducité) is always such an explicit decision.
     *
     * @param id      the commitment
     * @param version the version the user saw
     * @param target  the new status
     * @return the updated commitment
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CommitmentDetails changeStatus(long id, long version, CommitmentStatus target) {
        Commitment c = load(id);
        c.requireVersion(version);
        requireTransition(c, target);
        c.setStatus(target);
        return details(commitments.saveAndFlush(c));
    }

    private void requireTransition(Commitment c, CommitmentStatus target) {
        if (!c.getStatus().canMoveTo(target)) {
            throw new BusinessRuleException(
                    "status",
                    Messages.get(
                            "funding.error.transition",
                            Messages.get("commitmentStatus." + c.getStatus().name()),
                            Messages.get("commitmentStatus." + target.name())));
        }
        if (target.isAwarded() && !c.getStatus().isAwarded()) {
            if (c.getAmountAwarded() == null || c.getAmountAwarded().signum() <= 0) {
                throw new BusinessRuleException("amountAwarded", Messages.get("funding.error.awardAmountRequired"));
            }
            BigDecimal allocated = allocations.allocated(c.getId());
            if (allocated.compareTo(c.getAmountAwarded()) > 0) {
                throw new BusinessRuleException(
                        "amountAwarded",
                        Messages.get(
                                "funding.error.baseBelowAllocated", money(c.getAmountAwarded()), money(allocated)));
            }
        }
    }

    /**
     * Cancels a commitment: financial records are never deleted. An open commitment is withdrawn with the
     * reason; a refused, lapsed or withdrawn one keeps its status and records the reason. Its allocations
     * and claims stay, shown as such in reports (dead commitments are not totalled). A commitment with
     * money received is closed, not cancelled.
     *
     * @param id     the commitment
     * @param reason why (required)
     * @return the commitment
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public CommitmentDetails cancel(long id, String reason) {
        String why = Money.requireReason(reason);
        Commitment c = lock(id);
        if (c.getStatus().canMoveTo(CommitmentStatus.WITHDRAWN)) {
            if (claims.cashed(id).signum() > 0) {
                throw new BusinessRuleException("status", Messages.get("funding.error.cancelWithCash"));
            }
            c.setStatus(CommitmentStatus.WITHDRAWN);
        } else if (!c.getStatus().isDead()) {
            throw new BusinessRuleException("status", Messages.get("funding.error.cancelWithCash"));
        }
        c.setCancelReason(why);
        return details(commitments.saveAndFlush(c));
    }

    /** @return the commitment's allocations, with project names */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AllocationSummary> allocations(long commitmentId) {
        return withProjects(allocations.findByCommitmentIdOrderById(commitmentId));
    }

    /** @return the allocations funding a project */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<AllocationSummary> allocationsOfProject(long projectId) {
        return withProjects(allocations.findByProjectIdOrderById(projectId));
    }

    /** @return one allocation */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public AllocationSummary allocation(long id) {
        return withProjects(
                        List.of(allocations.findById(id).orElseThrow(() -> new NotFoundException("Allocation " + id))))
                .getFirst();
    }

    /**
     * Assigns part of a commitment to a project.
     *
     * @param input commitment, project, amount
     * @return the allocation
     * @throws BusinessRuleException when the allocations would exceed the award (or request)
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public AllocationSummary allocate(@Valid AllocationInput input) {
        Money.requireCents("amount", input.amount());
        Commitment c = lock(input.commitmentId());
        requireProject(input.projectId());
        if (allocations
                .findByCommitmentIdAndProjectId(input.commitmentId(), input.projectId())
                .isPresent()) {
            throw new BusinessRuleException("projectId", Messages.get("funding.error.alreadyAllocated"));
        }
        BigDecimal allocated = allocations.allocated(c.getId());
        checkCeiling(c, allocated, input.amount(), allocated);
        return withProjects(
                        List.of(allocations.saveAndFlush(new Allocation(c.getId(), input.projectId(), input.amount()))))
                .getFirst();
    }

    /**
     * Changes the amount of an allocation.
     *
     * @param id      the allocation
     * @param version the version the user saw
     * @param amount  the new amount
     * @return the allocation
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public AllocationSummary updateAllocation(long id, long version, BigDecimal amount) {
        Allocation a = allocations.findById(id).orElseThrow(() -> new NotFoundException("Allocation " + id));
        a.requireVersion(version);
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("amount", Messages.get("funding.error.amountPositive"));
        }
        Money.requireCents("amount", amount);
        Commitment c = lock(a.getCommitmentId());
        checkCeiling(c, allocations.allocatedExcept(c.getId(), id), amount, allocations.allocated(c.getId()));
        a.setAmount(amount);
        return withProjects(List.of(allocations.saveAndFlush(a))).getFirst();
    }

    /**
     * Cancels an allocation: it is kept with its date and reason (financial records are never deleted)
     * and no longer counts.
     *
     * @param id     the allocation
     * @param reason why (required)
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void removeAllocation(long id, String reason) {
        String why = Money.requireReason(reason);
        Allocation a = allocations.findById(id).orElseThrow(() -> new NotFoundException("Allocation " + id));
        lock(a.getCommitmentId());
        a.cancel(LocalDate.now(clock), why);
        allocations.saveAndFlush(a);
    }

    /** @return the cancelled allocations of a commitment, with their date and reason */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<CancelledAllocation> cancelledAllocations(long commitmentId) {
        return allocations.cancelledOf(commitmentId).stream()
                .map(r -> new CancelledAllocation(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        new BigDecimal(r[2].toString()).setScale(2),
                        r[3] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[3],
                        (String) r[4]))
                .toList();
    }

    /**
     * Replaces the whole split of a commitment (the editor saves it at once): the projects listed get
     * their amounts, the others are removed. All or nothing.
     *
     * @param commitmentId the commitment
     * @param split        project id → amount
     * @return the new allocations
     * @throws BusinessRuleException when the split exceeds the award (or request)
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public List<AllocationSummary> replaceAllocations(long commitmentId, Map<Long, BigDecimal> split) {
        Commitment c = lock(commitmentId);
        for (var e : split.entrySet()) {
            if (e.getValue() == null || e.getValue().signum() <= 0) {
                throw new BusinessRuleException("amount", Messages.get("funding.error.amountPositive"));
            }
            Money.requireCents("amount", e.getValue());
            requireProject(e.getKey());
        }
        checkCeiling(
                c,
                BigDecimal.ZERO,
                split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                allocations.allocated(commitmentId));
        List<Allocation> existing = allocations.findByCommitmentIdOrderById(commitmentId);
        Set<Long> kept = new HashSet<>();
        for (Allocation a : existing) {
            BigDecimal amount = split.get(a.getProjectId());
            if (amount == null) {
                a.cancel(LocalDate.now(clock), Messages.get("funding.allocation.removedFromSplit"));
            } else {
                kept.add(a.getProjectId());
                if (amount.compareTo(a.getAmount()) != 0) {
                    a.setAmount(amount);
                }
            }
        }
        split.forEach((projectId, amount) -> {
            if (!kept.contains(projectId)) {
                allocations.save(new Allocation(commitmentId, projectId, amount));
            }
        });
        allocations.flush();
        return allocations(commitmentId);
    }

    /**
     * Refuses allocations above the base. "Left to allocate" is the base less every allocation as it
     * stands now (nothing left reads 0,00 €); when an allocation is changed or the split replaced, the
     * message also says the most the changed amount may be.
     *
     * @param others    the allocations that stay as they are
     * @param amount    the new amount (or the new split's total)
     * @param allocated every allocation as it stands now
     */
    private void checkCeiling(Commitment c, BigDecimal others, BigDecimal amount, BigDecimal allocated) {
        BigDecimal base = c.allocationBase();
        BigDecimal total = others.add(amount);
        if (total.compareTo(base) > 0) {
            String basis =
                    Messages.get(c.getStatus().isAwarded() ? "funding.basis.awarded" : "funding.basis.requested");
            BigDecimal left = positive(base.subtract(allocated));
            BigDecimal most = positive(base.subtract(others));
            throw new BusinessRuleException(
                    "amount",
                    others.compareTo(allocated) == 0
                            ? Messages.get(
                                    "funding.error.allocationCeiling", money(total), basis, money(base), money(left))
                            : Messages.get(
                                    "funding.error.allocationCeilingChange",
                                    money(total),
                                    basis,
                                    money(base),
                                    money(left),
                                    money(most)));
        }
    }

    private static BigDecimal positive(BigDecimal v) {
        return v.signum() < 0 ? BigDecimal.ZERO.setScale(2) : v;
    }

    private void check(CommitmentInput in) {
        if (partners.get(in.partnerId()).isEmpty()) {
            throw new BusinessRuleException("partnerId", Messages.get("funding.error.noPartner"));
        }
        if (in.programmeId() != null && !programmes.existsById(in.programmeId())) {
            throw new BusinessRuleException("programmeId", Messages.get("funding.error.noProgramme"));
        }
    }

    private void requireProject(Long projectId) {
        if (projects.get(projectId).isEmpty()) {
            throw new BusinessRuleException("projectId", Messages.get("funding.error.noProject", projectId));
        }
    }

    private List<AllocationSummary> withProjects(List<Allocation> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = list.stream().map(Allocation::getProjectId).collect(Collectors.toSet());
        Map<Long, ProjectSummary> byId =
                projects.find(new ProjectFilter(null, null, null, ids), PageRequest.of(0, ids.size())).stream()
                        .collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        return list.stream()
                .map(a -> {
                    ProjectSummary p = byId.get(a.getProjectId());
                    return new AllocationSummary(
                            a.getId(),
                            a.getVersion(),
                            a.getCommitmentId(),
                            a.getProjectId(),
                            p == null ? null : p.code(),
                            p == null ? null : p.name(),
                            a.getAmount());
                })
                .toList();
    }

    CommitmentDetails details(Commitment c) {
        String partnerName =
                partners.get(c.getPartnerId()).map(PartnerSummary::name).orElse("#" + c.getPartnerId());
        ProgrammeSummary programme = c.getProgrammeId() == null
                ? null
                : programmes
                        .findById(c.getProgrammeId())
                        .map(FundingProgramme::toSummary)
                        .orElse(null);
        BigDecimal allocated = c.getId() == null ? BigDecimal.ZERO : allocations.allocated(c.getId());
        LapseClock.Deadline deadline = deadline(c, programme);
        MecenatCheck.Result mecenat = c.getKind() == CommitmentKind.MECENAT || c.getKind() == CommitmentKind.SPONSORSHIP
                ? MecenatCheck.evaluate(
                        c.getAmountAwarded() != null ? c.getAmountAwarded() : c.getAmountRequested(),
                        c.getCounterpartValue())
                : null;
        return CommitmentDetails.of(
                c,
                new CommitmentDetails.Derived(
                        partnerName,
                        programme == null ? null : programme.code(),
                        allocated,
                        deadline,
                        mecenat,
                        mecenatMessage(mecenat)));
    }

    /** The counterpart check in the user's language, as the editor shows it. */
    private String mecenatMessage(MecenatCheck.Result m) {
        if (m == null) {
            return null;
        }
        Locale locale = Messages.current();
        if (!m.sponsoring()) {
            return Messages.get("mecenat.ok", money(m.ceiling()));
        }
        java.text.NumberFormat pct = java.text.NumberFormat.getNumberInstance(locale);
        pct.setMinimumFractionDigits(2);
        pct.setMaximumFractionDigits(2);
        pct.setRoundingMode(java.math.RoundingMode.UP);
        return Messages.get(
                "mecenat.sponsoring",
                m.counterpartPct() == null ? "∞" : pct.format(m.counterpartPct()),
                money(m.ceiling()));
    }

    private LapseClock.Deadline deadline(Commitment c, ProgrammeSummary programme) {
        if (!c.getStatus().hasLapseClock()) {
            return null;
        }
        CommitmentTerms t = c.getId() == null ? null : terms.findById(c.getId()).orElse(null);
        return LapseClock.next(LapseFacts.input(c, t, programme), LocalDate.now(clock))
                .orElse(null);
    }

    private Commitment lock(long id) {
        return commitments.lockById(id).orElseThrow(() -> new NotFoundException("Commitment " + id));
    }

    private Commitment load(long id) {
        return commitments.findById(id).orElseThrow(() -> new NotFoundException("Commitment " + id));
    }

    private String money(BigDecimal v) {
        Locale locale = Messages.current();
        return FrenchFormats.money(v, locale);
    }
}
