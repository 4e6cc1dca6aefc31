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

    /**
     * The claim totals of one commitment, recomputed from its claims (read from the covering index
     * {@code ix_payment_claim_money}): claimed (sent or paid), cashed (paid, gross), open (sent).
     */
    @Query("""
            select new fr.levier.funding.Rows$ClaimTotals(
              coalesce(sum(case when k.status in (fr.levier.funding.ClaimStatus.SENT, fr.levier.funding.ClaimStatus.PAID) then k.amount else 0 end), 0),
              coalesce(sum(case when k.status = fr.levier.funding.ClaimStatus.PAID then coalesce(k.cashedAmount, 0) else 0 end), 0),
              coalesce(sum(case when k.status = fr.levier.funding.ClaimStatus.SENT then k.amount else 0 end), 0))
            from PaymentClaim k where k.commitmentId = :commitmentId
            """)
    Rows.ClaimTotals totals(Long commitmentId);
}
