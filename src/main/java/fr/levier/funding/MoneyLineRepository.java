package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MoneyLineRepository extends JpaRepository<MoneyLine, Long> {

    List<MoneyLine> findByCommitmentIdOrderById(Long commitmentId);

    @Query(
            "select coalesce(sum(m.amount), 0) from MoneyLine m where m.commitmentId = :commitmentId and m.kind = fr.levier.funding.MoneyLine$Kind.REPAYMENT")
    BigDecimal repaid(Long commitmentId);
}
