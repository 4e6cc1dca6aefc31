package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AllocationRepository extends JpaRepository<Allocation, Long> {

    List<Allocation> findByCommitmentIdOrderById(Long commitmentId);

    List<Allocation> findByProjectIdOrderById(Long projectId);

    Optional<Allocation> findByCommitmentIdAndProjectId(Long commitmentId, Long projectId);

    @Query("select coalesce(sum(a.amount), 0) from Allocation a where a.commitmentId = :commitmentId")
    BigDecimal allocated(Long commitmentId);

    @Query(
            "select coalesce(sum(a.amount), 0) from Allocation a where a.commitmentId = :commitmentId and a.id <> :excludedId")
    BigDecimal allocatedExcept(Long commitmentId, Long excludedId);

    void deleteByCommitmentId(Long commitmentId);
}
