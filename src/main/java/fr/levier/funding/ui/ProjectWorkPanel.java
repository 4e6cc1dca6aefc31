package fr.levier.funding.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fr.levier.partner.InteractionService;
import fr.levier.partner.InteractionView;
import fr.levier.partner.TaskService;
import fr.levier.partner.TaskView;
import fr.levier.shared.FrenchFormats;
import org.springframework.data.domain.PageRequest;

/**
 * The project page's "interactions and tasks" tab: what officers recorded or planned with a link to this project
 * (from the partner and contact pages, or the API); a line opens the partner.
 */
public class ProjectWorkPanel extends VerticalLayout {

    /**
     * @param interactions the partner module's interactions
     * @param tasks        the partner module's tasks
     * @param projectId    the project
     */
    public ProjectWorkPanel(InteractionService interactions, TaskService tasks, long projectId) {
        setPadding(false);
        Grid<InteractionView> done = new Grid<>();
        done.addColumn(i -> FrenchFormats.date(i.occurredOn())).setHeader(getTranslation("projectWork.date"));
        done.addColumn(i -> getTranslation("interactionKind." + i.kind().name()))
                .setHeader(getTranslation("projectWork.kind"));
        done.addColumn(InteractionView::subject)
                .setHeader(getTranslation("projectWork.subject"))
                .setFlexGrow(3);
        done.addColumn(InteractionView::partnerName)
                .setHeader(getTranslation("projectWork.partner"))
                .setFlexGrow(2);
        done.setItems(q -> interactions.ofProject(projectId, PageRequest.of(q.getPage(), q.getPageSize())).stream());
        done.addItemClickListener(e -> {
            if (e.getItem().partnerId() != null) {
                getUI().ifPresent(ui -> ui.navigate("partners/" + e.getItem().partnerId()));
            }
        });
        done.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        done.setHeight("18rem");
        done.setId("project-interactions");
        Grid<TaskView> todo = new Grid<>();
        todo.addColumn(TaskView::title)
                .setHeader(getTranslation("projectWork.task"))
                .setFlexGrow(3);
        todo.addColumn(t -> FrenchFormats.date(t.dueDate())).setHeader(getTranslation("projectWork.due"));
        todo.addColumn(TaskView::assignee).setHeader(getTranslation("projectWork.assignee"));
        todo.addColumn(t -> getTranslation(
                        t.done() ? "projectWork.done" : t.overdue() ? "projectWork.late" : "projectWork.open"))
                .setHeader(getTranslation("projectWork.state"));
        todo.addColumn(TaskView::partnerName)
                .setHeader(getTranslation("projectWork.partner"))
                .setFlexGrow(2);
        todo.setItems(tasks.ofProject(projectId));
        todo.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        todo.setAllRowsVisible(true);
        todo.setId("project-tasks");
        add(
                new H3(getTranslation("projectWork.interactions")),
                done,
                new H3(getTranslation("projectWork.tasks")),
                todo);
    }
}
