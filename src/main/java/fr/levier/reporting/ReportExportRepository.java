package fr.levier.reporting;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ReportExportRepository extends JpaRepository<ReportExport, Long> {

    @Query(
            "select e from ReportExport e where e.owner = :owner and e.expiresAt > :now order by e.createdAt desc, e.id desc")
    List<ReportExport> mine(String owner, Instant now, Pageable pageable);

    List<ReportExport> findByExpiresAtBefore(Instant now);

    @Modifying
    @Query("update ReportExport e set e.rowsDone = :done, e.rowsTotal = :total where e.id = :id")
    int progress(long id, long done, long total);

    @Modifying
    @Query("update ReportExport e set e.status = fr.levier.reporting.ExportStatus.READY, e.sizeBytes = :size,"
            + " e.finishedAt = :at, e.rowsDone = coalesce(e.rowsTotal, e.rowsDone) where e.id = :id")
    int ready(long id, long size, Instant at);

    @Modifying
    @Query("update ReportExport e set e.status = fr.levier.reporting.ExportStatus.FAILED, e.error = :error,"
            + " e.finishedAt = :at where e.id = :id")
    int failed(long id, String error, Instant at);
}
