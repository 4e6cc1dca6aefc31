package fr.levier.funding;

import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.project.FloorTerms;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of funding: a project's financing plan, the portfolio's leverage, the deadlines list and
 * what a partner funds. Sums come from SQL; the rules are applied to the query rows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('VIEWER')")
public class FinancingPlanService {

    private static final Set<CommitmentStatus> AWARDED = EnumSet.of(
            CommitmentStatus.AWARDED,
            CommitmentStatus.CONVENTION_SIGNED,
            CommitmentStatus.PARTIALLY_PAID,
            CommitmentStatus.PAID,
            CommitmentStatus.CLOSED);
    private static final Set<CommitmentStatus> CLOCKED =
            EnumSet.of(CommitmentStatus.AWARDED, CommitmentStatus.CONVENTION_SIGNED, CommitmentStatus.PARTIALLY_PAID);
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final String ANRU = "ANRU";
    private static final Set<CommitmentKind> LEVERAGE_KINDS =
            EnumSet.copyOf(java.util.Arrays.stream(CommitmentKind.values())
                    .filter(CommitmentKind::countsInLeverage)
                    .toList());

    private final CommitmentRepository commitments;
    private final FundingProgrammeRepository programmes;
    private final ProjectService projects;
    private final PartnerNames partnerNames;
    private final Clock clock;
    private final LapseFacts lapse;
    private final SplitParts splits;
    private final FundingRollup rollup;

    FinancingPlanService(
            CommitmentRepository commitments,
            FundingProgrammeRepository programmes,
            ProjectService projects,
            PartnerNames partnerNames,
            Clock clock,
            LapseFacts lapse,
            SplitParts splits,
            FundingRollup rollup) {
        this.rollup = rollup;
        this.lapse = lapse;
        this.splits = splits;
        this.commitments = commitments;
        this.programmes = programmes;
        this.projects = projects;
        this.partnerNames = partnerNames;
        this.clock = clock;
    }

    /**
     * The financing plan of a project.
     *
     * @param projectId the project
     * @return the plan with totals, leverage and rule results
     */
    public FinancingPlan plan(long projectId) {
        ProjectDetails project =
                projects.get(projectId).orElseThrow(() -> new NotFoundException("Project " + projectId));
        // one query for the lines with their partner, programme, terms and money sums; the split weights
        // are read again only for commitments split over several allocations
        List<Rows.PlanLine> rows = commitments.planLines(projectId);
        LocalDate today = LocalDate.now(clock);
        List<FinancingPlanLine> lines = new ArrayList<>();
        BigDecimal[] totals = {ZERO, ZERO, ZERO, ZERO, ZERO};
        Money money = new Money();
        int warnings = 0;
        SplitParts.Weights weights = splits.ofPlan(rows);
        for (Rows.PlanLine r : rows) {
            CommitmentStatus st = r.status();
            BigDecimal base = st.isAwarded() && r.awarded() != null ? r.awarded() : r.requested();
            BigDecimal requested = weights.part(r.requested(), r.commitmentId(), r.allocationId(), base);
            BigDecimal awarded =
                    st.isAwarded() ? weights.part(r.awarded(), r.commitmentId(), r.allocationId(), base) : ZERO;
            BigDecimal signed = st.isSigned() ? awarded : ZERO;
            BigDecimal claimed = weights.part(r.claimed(), r.commitmentId(), r.allocationId(), base);
            BigDecimal cashed = weights.part(r.cashed(), r.commitmentId(), r.allocationId(), base);
            String programme = r.programmeId() == null ? null : r.programmeCode();
            LapseClock.Deadline deadline = st.hasLapseClock()
                    ? LapseClock.evaluate(r.lapseInput(), today).deadline()
                    : null;
            boolean sponsoring = r.kind() == CommitmentKind.MECENAT
                    && MecenatCheck.evaluate(base, r.counterpartValue()).sponsoring();
            PartnerType type = r.partnerType();
            boolean isPublic = r.partnerName() != null && r.publicMoney();
            boolean counted = !st.isDead();
            if (sponsoring || (deadline != null && deadline.state() != LapseClock.State.ON_TRACK)) {
                warnings++;
            }
            lines.add(new FinancingPlanLine(
                    r.allocationId(),
                    r.commitmentId(),
                    r.partnerId(),
                    r.partnerName() == null ? "#" + r.partnerId() : r.partnerName(),
                    type,
                    isPublic,
                    r.title(),
                    r.kind(),
                    programme,
                    st,
                    requested,
                    awarded,
                    signed,
                    claimed,
                    cashed,
                    deadline,
                    sponsoring,
                    counted));
            if (!counted) {
                continue;
            }
            totals[0] = totals[0].add(requested);
            totals[1] = totals[1].add(awarded);
            totals[2] = totals[2].add(signed);
            totals[3] = totals[3].add(claimed);
            totals[4] = totals[4].add(cashed);
            money.add(r.kind(), type, isPublic, st.isAwarded() ? awarded : requested, awarded, cashed);
            if (ANRU.equals(programme)) {
                money.anruFunded = true;
            }
        }
        BigDecimal city = project.cityFunding();
        FloorTerms terms = project.floorTerms() == null ? FloorTerms.NONE : project.floorTerms();
        SelfFinancingFloor.Result floor = SelfFinancingFloor.evaluate(new SelfFinancingFloor.Input(
                project.cityOwner(),
                SelfFinancingFloor.rate(terms.chefDeFileField(), terms.ctecRate()),
                SelfFinancingFloor.exemption(terms.exemption(), money.anruFunded),
                city,
                money.publicAid,
                project.eligibleExpense()));
        boolean eligibleWithinCost = project.eligibleExpense() == null
                || project.totalCostExclTax() == null
                || project.eligibleExpense().compareTo(project.totalCostExclTax()) <= 0;
        return new FinancingPlan(
                project.id(),
                project.code(),
                project.name(),
                project.totalCostExclTax(),
                project.totalCostInclTax(),
                project.eligibleExpense(),
                eligibleWithinCost,
                city,
                terms,
                SelfFinancingFloor.rateSource(terms.chefDeFileField(), terms.ctecRate()),
                List.copyOf(lines),
                new FinancingPlan.Totals(totals[0], totals[1], totals[2], totals[3], totals[4]),
                money.publicAid,
                money.privateMoney,
                money.inKind,
                money.sponsorship,
                money.loans,
                Leverage.ratio(money.leverAwarded, city),
                Leverage.ratio(money.leverCashed, city),
                Messages.get("leverage.definition"),
                floor,
                PublicMoneyChecks.fctva(terms.fctvaBaseInclTax()),
                PublicMoneyChecks.fondsDeConcours(money.fondsDeConcours, city),
                warnings);
    }

    /** What a plan's counted lines add up to, by the way each rule counts money. */
    private static final class Money {
        BigDecimal publicAid = ZERO;
        BigDecimal privateMoney = ZERO;
        BigDecimal inKind = ZERO;
        BigDecimal sponsorship = ZERO;
        BigDecimal loans = ZERO;
        BigDecimal fondsDeConcours = ZERO;
        BigDecimal leverAwarded = ZERO;
        BigDecimal leverCashed = ZERO;
        boolean anruFunded;

        void add(
                CommitmentKind kind,
                PartnerType type,
                boolean isPublic,
                BigDecimal expected,
                BigDecimal awarded,
                BigDecimal cashed) {
            switch (kind) {
                case LOAN -> loans = loans.add(expected);
                case IN_KIND -> inKind = inKind.add(expected);
                case SPONSORSHIP -> sponsorship = sponsorship.add(expected);
                default -> {
                    if (isPublic && kind.countsInPublicFunding()) {
                        publicAid = publicAid.add(expected);
                        if (kind == CommitmentKind.GRANT && type == PartnerType.INTERCOMMUNALITY) {
                            fondsDeConcours = fondsDeConcours.add(expected);
                        }
                    } else {
                        privateMoney = privateMoney.add(expected);
                    }
                }
            }
            if (kind.countsInLeverage()) {
                leverAwarded = leverAwarded.add(awarded);
                leverCashed = leverCashed.add(cashed);
            }
        }
    }

    /** @return the whole portfolio's co-financing figures and leverage, per funder type too */
    public PortfolioFigures portfolio() {
        return portfolio(PortfolioFilter.ALL);
    }

    /**
     * The co-financing figures of the commitments awarded in a period, on a set of projects. Every sum is a
     * SQL aggregate (grouped by funder type and kind), whatever the number of commitments.
     *
     * @param filter the period and projects
     * @return the figures and leverage, per funder type too
     */
    public PortfolioFigures portfolio(PortfolioFilter filter) {
        if (filter.awardedFrom() != null
                && filter.awardedTo() != null
                && filter.awardedFrom().isAfter(filter.awardedTo())) {
            throw new BusinessRuleException("awardedFrom", Messages.get("portfolio.error.period"));
        }
        if (filter.awardedFrom() == null && filter.awardedTo() == null) {
            return portfolioFromRollup(filter);
        }
        return portfolioLive(filter);
    }

    /**
     * The portfolio figures from funding's per-project rollup (ADR 010 §15), which keeps the same sums per
     * project and funder type: no period (the rollup does not know decision dates), all or some projects.
     * Gives what {@link #portfolioLive} gives (tested).
     */
    PortfolioFigures portfolioFromRollup(PortfolioFilter filter) {
        Set<Long> ids = filter.allProjects() ? null : filter.projectIds();
        BigDecimal total = ZERO;
        BigDecimal inKind = ZERO;
        BigDecimal sponsorship = ZERO;
        BigDecimal cashedSum = BigDecimal.ZERO;
        Map<PartnerType, BigDecimal> byType = new EnumMap<>(PartnerType.class);
        for (FundingRollup.PortfolioSums s : rollup.portfolioSums(ids)) {
            if (s.leverLines() > 0) {
                BigDecimal amount = s.lever().setScale(2, RoundingMode.HALF_UP);
                total = total.add(amount);
                byType.put(s.type(), amount);
                cashedSum = cashedSum.add(s.cashed());
            }
            inKind = inKind.add(s.inKind().setScale(2, RoundingMode.HALF_UP));
            sponsorship = sponsorship.add(s.sponsorship().setScale(2, RoundingMode.HALF_UP));
        }
        BigDecimal city = rollup.portfolioCity(ids).setScale(2, RoundingMode.HALF_UP);
        return figures(filter, total, cashedSum, city, inKind, sponsorship, byType);
    }

    /** The portfolio figures from every filtered allocation (any filter). */
    PortfolioFigures portfolioLive(PortfolioFilter filter) {
        boolean all = filter.allProjects();
        Set<Long> ids = filter.idsForQuery();
        BigDecimal total = ZERO;
        BigDecimal inKind = ZERO;
        BigDecimal sponsorship = ZERO;
        Map<PartnerType, BigDecimal> byType = new EnumMap<>(PartnerType.class);
        // one pass over the allocations: allocated and cash kept (from the totals kept on each commitment)
        BigDecimal cashedSum = BigDecimal.ZERO;
        for (Rows.TypeKindMoney s :
                commitments.portfolioMoney(AWARDED, filter.awardedFrom(), filter.awardedTo(), all, ids)) {
            BigDecimal amount = s.allocated().setScale(2, RoundingMode.HALF_UP);
            if (s.kind().countsInLeverage()) {
                total = total.add(amount);
                byType.merge(s.type(), amount, BigDecimal::add);
                cashedSum = cashedSum.add(s.cashed());
            } else if (s.kind() == CommitmentKind.IN_KIND) {
                inKind = inKind.add(amount);
            } else if (s.kind() == CommitmentKind.SPONSORSHIP) {
                sponsorship = sponsorship.add(amount);
            }
        }
        BigDecimal city = commitments
                .cityFundingOfFundedProjects(
                        LEVERAGE_KINDS, AWARDED, filter.awardedFrom(), filter.awardedTo(), all, ids)
                .setScale(2, RoundingMode.HALF_UP);
        return figures(filter, total, cashedSum, city, inKind, sponsorship, byType);
    }

    private static PortfolioFigures figures(
            PortfolioFilter filter,
            BigDecimal total,
            BigDecimal cashedSum,
            BigDecimal city,
            BigDecimal inKind,
            BigDecimal sponsorship,
            Map<PartnerType, BigDecimal> byType) {
        // cash kept: payments received less what was repaid to the funders (reversed payments are no longer paid)
        BigDecimal cashed = cashedSum.setScale(2, RoundingMode.HALF_UP);
        Map<PartnerType, BigDecimal> leverageByType = new EnumMap<>(PartnerType.class);
        byType.forEach((t, v) -> leverageByType.put(t, Leverage.ratio(v, city)));
        return new PortfolioFigures(
                filter,
                total,
                cashed,
                city,
                Leverage.ratio(total, city),
                Leverage.ratio(cashed, city),
                inKind,
                sponsorship,
                byType,
                leverageByType,
                Messages.get("leverage.definition"));
    }

    /**
     * Open grants whose next deadline is overdue or within the horizon, soonest first.
     *
     * @param horizonDays how far ahead to look (90 for the morning check)
     * @return the lines
     */
    public List<DeadlineLine> deadlines(int horizonDays) {
        return deadlines(null, LocalDate.now(clock).plusDays(horizonDays));
    }

    /**
     * Open grants whose next deadline falls between two dates, soonest first.
     *
     * @param from first deadline date listed, {@code null} for no lower bound (overdue ones included)
     * @param to   last deadline date listed, {@code null} for today + {@link LapseClock#NEAR_DAYS} days
     * @return the lines
     */
    public List<DeadlineLine> deadlines(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to == null ? today.plusDays(LapseClock.NEAR_DAYS) : to;
        Map<Long, ProgrammeSummary> progs = lapse.programmes();
        List<Rows.ClockRow> due = new ArrayList<>();
        Map<Long, LapseClock.Deadline> deadlines = new LinkedHashMap<>();
        List<Rows.ClockRow> clocked = commitments.clockRows(CLOCKED);
        Map<Long, LapseClock.Verdict> verdicts =
                lapse.verdicts(clocked.stream().map(Rows.ClockRow::lapseRow).toList(), progs, today);
        for (Rows.ClockRow r : clocked) {
            java.util.Optional.ofNullable(verdicts.get(r.commitmentId()))
                    .map(LapseClock.Verdict::deadline)
                    .filter(d -> !d.date().isAfter(last)
                            && (from == null || !d.date().isBefore(from)))
                    .ifPresent(d -> {
                        due.add(r);
                        deadlines.put(r.commitmentId(), d);
                    });
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, PartnerSummary> partners =
                partnerNames.of(due.stream().map(Rows.ClockRow::partnerId).collect(Collectors.toSet()));
        Map<Long, List<String>> projectNames = projectNames(deadlines.keySet());
        return due.stream()
                .map(r -> new DeadlineLine(
                        r.commitmentId(),
                        r.title(),
                        partnerNames.name(partners, r.partnerId()),
                        r.programmeId() == null
                                ? null
                                : progs.get(r.programmeId()).code(),
                        r.status(),
                        r.awarded(),
                        deadlines.get(r.commitmentId()),
                        projectNames.getOrDefault(r.commitmentId(), List.of())))
                .sorted(Comparator.comparing((DeadlineLine l) -> l.deadline().date()))
                .toList();
    }

    /** @return ids of the projects funded by a grant whose deadline is overdue */
    public Set<Long> atRiskProjectIds() {
        Set<Long> overdue = deadlines(0).stream()
                .filter(l -> l.deadline().state() == LapseClock.State.OVERDUE)
                .map(DeadlineLine::commitmentId)
                .collect(Collectors.toSet());
        return overdue.isEmpty() ? Set.of() : new HashSet<>(commitments.projectsOf(overdue));
    }

    /** @return ids of the projects a partner funds */
    public Set<Long> projectsFundedBy(long partnerId) {
        return new HashSet<>(commitments.projectsFundedBy(partnerId));
    }

    /** @return the partners that fund at least one project, by name */
    public List<PartnerSummary> funders() {
        return partnerNames.of(new HashSet<>(commitments.fundingPartnerIds())).values().stream()
                .sorted(Comparator.comparing(PartnerSummary::name))
                .toList();
    }

    /**
     * What a partner funds: each commitment, its projects and what is still to be claimed.
     *
     * @param partnerId the partner
     * @return the lines, newest first
     */
    public List<PartnerFundingLine> partnerFunding(long partnerId) {
        List<Rows.PartnerCommitmentRow> rows = commitments.partnerRows(partnerId);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> projectNames = projectNames(
                rows.stream().map(Rows.PartnerCommitmentRow::commitmentId).collect(Collectors.toSet()));
        return rows.stream()
                .map(r -> {
                    BigDecimal toClaim = r.status().isAwarded() && r.awarded() != null
                            ? r.awarded().subtract(r.claimed()).max(BigDecimal.ZERO)
                            : ZERO;
                    return new PartnerFundingLine(
                            r.commitmentId(),
                            r.title(),
                            r.kind(),
                            r.status(),
                            r.requested(),
                            r.awarded(),
                            r.claimed(),
                            r.cashed(),
                            toClaim.setScale(2, RoundingMode.HALF_UP),
                            projectNames.getOrDefault(r.commitmentId(), List.of()));
                })
                .toList();
    }

    private Map<Long, List<String>> projectNames(Set<Long> commitmentIds) {
        List<Rows.Pair> pairs = commitments.allocationPairs(commitmentIds);
        Set<Long> projectIds = pairs.stream().map(Rows.Pair::projectId).collect(Collectors.toSet());
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProjectSummary> byId =
                projects
                        .find(new ProjectFilter(null, null, null, projectIds), PageRequest.of(0, projectIds.size()))
                        .stream()
                        .collect(Collectors.toMap(ProjectSummary::id, Function.identity()));
        return pairs.stream()
                .filter(p -> byId.containsKey(p.projectId()))
                .collect(Collectors.groupingBy(
                        Rows.Pair::commitmentId,
                        Collectors.mapping(
                                p -> byId.get(p.projectId()).code() + " – "
                                        + byId.get(p.projectId()).name(),
                                Collectors.toList())));
    }
}
