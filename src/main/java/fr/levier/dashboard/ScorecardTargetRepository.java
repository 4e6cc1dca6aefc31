package fr.levier.dashboard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScorecardTargetRepository extends JpaRepository<ScorecardTarget, Long> {

    List<ScorecardTarget> findByYear(int year);

    Optional<ScorecardTarget> findByIndicatorKeyAndYear(String indicatorKey, int year);
}
