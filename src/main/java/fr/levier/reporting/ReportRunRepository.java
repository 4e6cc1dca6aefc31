package fr.levier.reporting;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRunRepository extends JpaRepository<ReportRun, Long> {

    List<ReportRun> findByOrderByRanAtDescIdDesc(Pageable pageable);
}
