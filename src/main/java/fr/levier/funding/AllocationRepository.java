package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

    List<Allocation> findByCommitmentIdOrderById(Long commitmentId);

    List<Allocation> findByProjectIdOrderById(Long projectId);

    /** The allocations (ids and amounts only, no entity) of some commitments, in id order: their split weights. */
    @Query("""
            select new fr.levier.funding.Rows$Weight(a.commitmentId, a.id, a.amount) from Allocation a
            where a.commitmentId in :commitmentIds order by a.id
            """)
    List<Rows.Weight> weightsOf(java.util.Collection<Long> commitmentIds);

    Optional<Allocation> findByCommitmentIdAndProjectId(Long commitmentId, Long projectId);

    @Query("select coalesce(sum(a.amount), 0) from Allocation a where a.commitmentId = :commitmentId")
    BigDecimal allocated(Long commitmentId);

    @Query(
            "select coalesce(sum(a.amount), 0) from Allocation a where a.commitmentId = :commitmentId and a.id <> :excludedId")
    BigDecimal allocatedExcept(Long commitmentId, Long excludedId);

    /** Cancelled allocations of a commitment (kept with their reason), as rows: id, project id, amount, date, reason. */
    @Query(
            value =
                    "select id, project_id, amount, cancelled_on, cancel_reason from allocation where commitment_id = :commitmentId and cancelled_on is not null order by id",
            nativeQuery = true)
    List<Object[]> cancelledOf(Long commitmentId);
}
