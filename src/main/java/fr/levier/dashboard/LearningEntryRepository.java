package fr.levier.dashboard;

import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LearningEntryRepository extends JpaRepository<LearningEntry, Long> {

    Page<LearningEntry> findByRecordedOnBetween(LocalDate from, LocalDate to, Pageable pageable);

    long countByRecordedOnBetween(LocalDate from, LocalDate to);
}
