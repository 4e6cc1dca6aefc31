package fr.levier.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, Long> {

    @Query(
            "select new fr.levier.project.DocumentSummary(d.id, d.fileName, d.contentType, d.sizeBytes, d.createdBy, d.createdAt)"
                    + " from ProjectDocument d where d.projectId = :projectId order by d.createdAt desc")
    List<DocumentSummary> summaries(Long projectId);
}
