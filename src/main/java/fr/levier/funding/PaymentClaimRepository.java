package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PaymentClaimRepository extends JpaRepository<PaymentClaim, Long> {

    List<PaymentClaim> findByCommitmentIdOrderById(Long commitmentId);

    @Query(
            "select k from PaymentClaim k where k.commitmentId in (select a.commitmentId from Allocation a where a.projectId = :projectId) order by k.commitmentId, k.id")
    List<PaymentClaim> ofProject(Long projectId);

    @Query("""
            select new fr.levier.funding.Rows$ClaimTypeSum(k.type, sum(k.amount)) from PaymentClaim k
            where k.commitmentId = :commitmentId and k.status not in (fr.levier.funding.ClaimStatus.REJECTED, fr.levier.funding.ClaimStatus.CANCELLED) and k.id <> :excludedId
            group by k.type
            """)
    List<Rows.ClaimTypeSum> claimedByType(Long commitmentId, Long excludedId);

    @Query(
            "select coalesce(sum(k.cashedAmount), 0) from PaymentClaim k where k.commitmentId = :commitmentId and k.status = fr.levier.funding.ClaimStatus.PAID")
    BigDecimal cashed(Long commitmentId);

    long countByCommitmentId(Long commitmentId);

    List<PaymentClaim> findByCommitmentIdAndStatusOrderById(Long commitmentId, ClaimStatus status);

    List<PaymentClaim> findByReceiptId(Long receiptId);
}
