package fr.levier.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectMilestoneRepository extends JpaRepository<ProjectMilestone, Long> {

    List<ProjectMilestone> findByProjectIdOrderByDueOnAsc(Long projectId);
}
