package fr.levier.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReportScheduleRepository extends JpaRepository<ReportSchedule, Long> {

    List<ReportSchedule> findByEnabledTrueOrderById();

    List<ReportSchedule> findAllByOrderById();

    /**
     * Claims a schedule's run for a day: only one node (and one run) gets 1 back, so a report is never
     * sent twice on the same day even with several application nodes.
     */
    @Modifying
    @Query(
            "update ReportSchedule s set s.lastRunOn = :day where s.id = :id and (s.lastRunOn is null or s.lastRunOn < :day)")
    int claim(Long id, LocalDate day);
}
