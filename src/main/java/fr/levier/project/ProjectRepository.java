package fr.levier.project;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

    String MATCHES = """
            (:text is null or lower(p.name) like :text or lower(p.code) like :text)
            and (:status is null or p.status = :status)
            and (:officer is null or p.officerUsername = :officer)
            and (:restrict = false or p.id in :ids)
            """;

    @Query(
            "select new fr.levier.project.ProjectSummary(p.id, p.code, p.name, p.status, p.officerUsername, p.totalCostExclTax, p.cityFunding)"
                    + " from Project p where " + MATCHES)
    Page<ProjectSummary> search(
            String text,
            ProjectStatus status,
            String officer,
            boolean restrict,
            Collection<Long> ids,
            Pageable pageable);

    @Query("select count(p) from Project p where " + MATCHES)
    long countMatching(String text, ProjectStatus status, String officer, boolean restrict, Collection<Long> ids);

    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    @Query("select coalesce(sum(p.cityFunding), 0) from Project p where p.id in :ids")
    java.math.BigDecimal cityFundingOf(Collection<Long> ids);

    @Query("select coalesce(sum(p.totalCostExclTax), 0) from Project p")
    java.math.BigDecimal totalPortfolioCost();
}
