package fr.levier.funding;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.SqlPatterns;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

    CommitmentService(
            CommitmentRepository commitments,
            AllocationRepository allocations,
            FundingProgrammeRepository programmes,
            PaymentClaimRepository claims,
            PartnerService partners,
            PartnerNames partnerNames,
            ProjectService projects,
            Clock clock) {
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
            BigDecimal allocated = allocations.allocated(id);
            if (allocated.compareTo(c.getAmountAwarded()) > 0) {
                throw new BusinessRuleException(
                        "amountAwarded",
                        Messages.get(
                                "funding.error.baseBelowAllocated", money(c.getAmountAwarded()), money(allocated)));
            }
        }
        c.setStatus(target);
        return details(commitments.saveAndFlush(c));
    }

    /**
     * Deletes a commitment without claims, with its allocations.
     *
     * @param id the commitment
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        Commitment c = load(id);
        if (claims.countByCommitmentId(id) > 0) {
            throw new BusinessRuleException(Messages.get("funding.error.hasClaims"));
        }
        allocations.deleteByCommitmentId(id);
        commitments.delete(c);
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
        Commitment c = load(input.commitmentId());
        requireProject(input.projectId());
        if (allocations
                .findByCommitmentIdAndProjectId(input.commitmentId(), input.projectId())
                .isPresent()) {
            throw new BusinessRuleException("projectId", Messages.get("funding.error.alreadyAllocated"));
        }
        checkCeiling(c, allocations.allocated(c.getId()), input.amount());
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
        checkCeiling(load(a.getCommitmentId()), allocations.allocatedExcept(a.getCommitmentId(), id), amount);
        a.setAmount(amount);
        return withProjects(List.of(allocations.saveAndFlush(a))).getFirst();
    }

    /** Removes an allocation. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void removeAllocation(long id) {
        allocations.findById(id).ifPresent(allocations::delete);
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
        Commitment c = load(commitmentId);
        for (var e : split.entrySet()) {
            if (e.getValue() == null || e.getValue().signum() <= 0) {
                throw new BusinessRuleException("amount", Messages.get("funding.error.amountPositive"));
            }
            requireProject(e.getKey());
        }
        checkCeiling(c, BigDecimal.ZERO, split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Allocation> existing = allocations.findByCommitmentIdOrderById(commitmentId);
        Set<Long> kept = new HashSet<>();
        for (Allocation a : existing) {
            BigDecimal amount = split.get(a.getProjectId());
            if (amount == null) {
                allocations.delete(a);
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

    private void checkCeiling(Commitment c, BigDecimal others, BigDecimal amount) {
        BigDecimal base = c.allocationBase();
        BigDecimal total = others.add(amount);
        if (total.compareTo(base) > 0) {
            String basis =
                    Messages.get(c.getStatus().isAwarded() ? "funding.basis.awarded" : "funding.basis.requested");
            BigDecimal left = base.subtract(others);
            throw new BusinessRuleException(
                    "amount",
                    Messages.get(
                            "funding.error.allocationCeiling",
                            money(total),
                            basis,
                            money(base),
                            money(left.signum() < 0 ? BigDecimal.ZERO : left)));
        }
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
                        partnerName, programme == null ? null : programme.code(), allocated, deadline, mecenat));
    }

    private LapseClock.Deadline deadline(Commitment c, ProgrammeSummary programme) {
        if (!c.getStatus().hasLapseClock()) {
            return null;
        }
        var d = c.dates();
        LapseClock.Rules rules = programme == null ? new LapseClock.Rules(null, null, null) : programme.lapseRules();
        return LapseClock.next(
                        new LapseClock.Input(
                                rules,
                                d.notifiedOn(),
                                d.worksStartedOn(),
                                d.completionDeclaredOn(),
                                c.isExtensionGranted(),
                                c.getOwnDeadline()),
                        LocalDate.now(clock))
                .orElse(null);
    }

    private Commitment load(long id) {
        return commitments.findById(id).orElseThrow(() -> new NotFoundException("Commitment " + id));
    }

    private String money(BigDecimal v) {
        Locale locale = Messages.current();
        return FrenchFormats.money(v, locale);
    }
}
