package fr.levier.funding.ui;

import fr.levier.partner.InteractionService;
import fr.levier.partner.TaskService;
import fr.levier.project.ui.ProjectTabProvider;

/** Adds the "interactions and tasks" tab to the project page (after the funding tabs). */
@org.springframework.stereotype.Component
class ProjectWorkTab implements ProjectTabProvider {

    private final InteractionService interactions;
    private final TaskService tasks;

    ProjectWorkTab(InteractionService interactions, TaskService tasks) {
        this.interactions = interactions;
        this.tasks = tasks;
    }

    @Override
    public String titleKey() {
        return "projects.tab.work";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public com.vaadin.flow.component.Component create(long projectId) {
        return new ProjectWorkPanel(interactions, tasks, projectId);
    }
}
