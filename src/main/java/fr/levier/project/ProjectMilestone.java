package fr.levier.project;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A phase or milestone of a project, with its planned and actual dates. */
@Entity
@Table(name = "project_milestone")
class ProjectMilestone extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected ProjectMilestone() {}

    ProjectMilestone(Long projectId, String label, LocalDate dueOn, LocalDate doneOn) {
        this.projectId = projectId;
        this.label = label;
        this.dueOn = dueOn;
        this.doneOn = doneOn;
    }

    Long getProjectId() {
        return projectId;
    }

    Milestone toRecord() {
        return new Milestone(getId(), label, dueOn, doneOn);
    }
}
