package fr.levier.funding;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReceiptCounterRepository extends JpaRepository<ReceiptCounter, Integer> {

    /** The year's counter, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from ReceiptCounter r where r.year = :year")
    Optional<ReceiptCounter> lockCounter(Integer year);
}
