package fr.levier.funding;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    String MATCHES = """
            (:text is null or lower(c.title) like :text)
            and (:partnerId is null or c.partnerId = :partnerId)
            and (:status is null or c.status = :status)
            and (:kind is null or c.kind = :kind)
            """;

    @Query(
            value =
                    "select new fr.levier.funding.CommitmentRow(c.id, c.title, c.partnerId, c.kind, c.status, p.code, c.amountRequested, c.amountAwarded)"
                            + " from Commitment c left join FundingProgramme p on p.id = c.programmeId where "
                            + MATCHES,
            countQuery = "select count(c) from Commitment c where " + MATCHES)
    Page<CommitmentRow> search(
            String text, Long partnerId, CommitmentStatus status, CommitmentKind kind, Pageable pageable);

    @Query("select count(c) from Commitment c where " + MATCHES)
    long countMatching(String text, Long partnerId, CommitmentStatus status, CommitmentKind kind);

    List<Commitment> findByPartnerId(Long partnerId);

    /**
     * Loads a commitment and locks its row until the transaction ends (select … for update, on H2 and
     * MariaDB): the money ceilings (allocations, advance and interim claims, payments, receipts) are read
     * and written by one transaction at a time per commitment.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Commitment c where c.id = :id")
    Optional<Commitment> lockById(Long id);

    /**
     * A project's financing plan in one query: each allocation with its commitment, the money claimed and
     * cashed (net of repayments, from the totals kept on the commitment, ADR 010 §13), the partner's name, type and public-money override, the programme's
     * lapse regime, the commitment's extension terms and its number of live allocations. Reads the
     * partner module's entity by name, as {@link #portfolioMoney} does, so the plan needs no lookup per
     * partner.
     */
    @Query("""
            select new fr.levier.funding.Rows$PlanLine(a.id, c.id, c.partnerId, p.name, p.type, p.publicMoney, c.title, c.kind,
              c.programmeId, pr.code, pr.stateRules, pr.startYears, pr.completionYears, pr.extensionYears,
              c.status, a.amount, c.amountRequested, c.amountAwarded,
              c.claimedTotal, c.cashedTotal - c.repaidTotal,
              c.submittedOn, c.notifiedOn, c.worksStartedOn, c.completionDeclaredOn, c.extensionGranted, c.ownDeadline, c.counterpartValue,
              t.startAllowedFrom, t.startExtendedTo, t.completionExtendedTo,
              (select count(b) from Allocation b where b.commitmentId = c.id))
            from Allocation a join Commitment c on c.id = a.commitmentId
              left join Partner p on p.id = c.partnerId
              left join FundingProgramme pr on pr.id = c.programmeId
              left join CommitmentTerms t on t.commitmentId = c.id
            where a.projectId = :projectId order by a.amount desc, a.id
            """)
    List<Rows.PlanLine> planLines(Long projectId);

    @Query("""
            select new fr.levier.funding.Rows$ClockRow(c.id, c.title, c.partnerId, c.programmeId, c.status, c.amountAwarded, c.submittedOn,
              c.notifiedOn, c.worksStartedOn, c.completionDeclaredOn, c.extensionGranted, c.ownDeadline)
            from Commitment c where c.status in :statuses
            """)
    List<Rows.ClockRow> clockRows(Collection<CommitmentStatus> statuses);

    @Query("""
            select new fr.levier.funding.Rows$PartnerCommitmentRow(c.id, c.title, c.kind, c.status, c.amountRequested, c.amountAwarded,
              c.claimedTotal, c.cashedTotal - c.repaidTotal)
            from Commitment c where c.partnerId = :partnerId order by c.id desc
            """)
    List<Rows.PartnerCommitmentRow> partnerRows(Long partnerId);

    @Query(
            "select distinct c.partnerId from Commitment c where exists (select 1 from Allocation a where a.commitmentId = c.id)")
    List<Long> fundingPartnerIds();

    @Query(
            "select distinct a.projectId from Allocation a join Commitment c on c.id = a.commitmentId where c.partnerId = :partnerId")
    List<Long> projectsFundedBy(Long partnerId);

    @Query("select distinct a.projectId from Allocation a where a.commitmentId in :commitmentIds")
    List<Long> projectsOf(Collection<Long> commitmentIds);

    /** Pairs (commitment id, project id) of the given commitments' allocations. */
    @Query(
            "select new fr.levier.funding.Rows$Pair(a.commitmentId, a.projectId) from Allocation a where a.commitmentId in :commitmentIds")
    List<Rows.Pair> allocationPairs(Collection<Long> commitmentIds);

    /** The portfolio filter: awarded (decided) between two dates, on a set of projects or all. */
    String PORTFOLIO_FILTER = """
            c.status in :statuses
              and (:from is null or c.decidedOn >= :from) and (:to is null or c.decidedOn <= :to)
              and (:allProjects = true or a.projectId in :projectIds)
            """;

    /**
     * The city money of the projects that receive filtered partner money of the kinds (the leverage's
     * denominator), summed in the database. Reads the project module's entity by name: the one place
     * funding queries a project column, so the sum never loads project ids (ADR 005).
     */
    @Query("""
            select coalesce(sum(pr.cityFunding), 0) from Project pr where pr.id in (
              select a.projectId from Allocation a join Commitment c on c.id = a.commitmentId
              where c.kind in :kinds and\s""" + PORTFOLIO_FILTER + ")")
    BigDecimal cityFundingOfFundedProjects(
            Collection<CommitmentKind> kinds,
            Collection<CommitmentStatus> statuses,
            java.time.LocalDate from,
            java.time.LocalDate to,
            boolean allProjects,
            Collection<Long> projectIds);

    /**
     * The portfolio's money in one pass over the filtered allocations, per partner type and kind:
     * allocated, and cash kept (received less repaid) pro rata of each allocation (allocation ÷ award),
     * read from the totals kept on the commitment (ADR 010 §13) instead of joining every claim and
     * money line.
     */
    @Query("""
            select new fr.levier.funding.Rows$TypeKindMoney(p.type, c.kind, sum(a.amount),
              coalesce(sum(case when c.amountAwarded > 0
                then a.amount * (c.cashedTotal - c.repaidTotal) / c.amountAwarded else 0 end), 0))
            from Allocation a join Commitment c on c.id = a.commitmentId join Partner p on p.id = c.partnerId
            where\s""" + PORTFOLIO_FILTER + " group by p.type, c.kind")
    List<Rows.TypeKindMoney> portfolioMoney(
            Collection<CommitmentStatus> statuses,
            java.time.LocalDate from,
            java.time.LocalDate to,
            boolean allProjects,
            Collection<Long> projectIds);
}
