package fr.levier.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MecenatReceiptRepository extends JpaRepository<MecenatReceipt, Long> {

    List<MecenatReceipt> findByCommitmentIdOrderById(Long commitmentId);
}
