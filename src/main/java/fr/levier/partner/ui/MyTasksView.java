package fr.levier.partner.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.partner.TaskFilter;
import fr.levier.partner.TaskService;
import fr.levier.partner.TaskView;
import fr.levier.security.Role;
import fr.levier.shared.ui.Access;
import jakarta.annotation.security.RolesAllowed;

/** "My tasks": the signed-in user's tasks by due date, overdue ones in red; select one to mark it done. */
@Route("tasks")
@Menu(title = "nav.tasks", order = 22, icon = "vaadin:tasks")
@RolesAllowed(Role.VIEWER_NAME)
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    private final TaskService tasks;
    private final String me;
    private final Grid<TaskView> grid = new Grid<>();
    private final Checkbox showDone = new Checkbox();

    MyTasksView(TaskService tasks, AuthenticationContext auth) {
        this.tasks = tasks;
        this.me = auth.getPrincipalName().orElse("");
        setSizeFull();
        showDone.setLabel(getTranslation("task.showDone"));
        showDone.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        grid.addColumn(t -> t.done() ? "✔" : "")
                .setHeader(getTranslation("task.done"))
                .setFlexGrow(0)
                .setWidth("5rem");
        grid.addColumn(TaskView::title)
                .setHeader(getTranslation("task.title"))
                .setKey("title")
                .setSortable(true)
                .setFlexGrow(3);
        grid.addColumn(TaskRenderers.due())
                .setHeader(getTranslation("task.due"))
                .setKey("dueDate")
                .setSortable(true);
        grid.addColumn(TaskView::partnerName)
                .setHeader(getTranslation("partners.name"))
                .setFlexGrow(2);
        grid.addColumn(TaskView::contactName).setHeader(getTranslation("contacts.name"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(q -> tasks.find(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q ->
                (int) tasks.count(filter()));
        grid.setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.setSizeFull();
        grid.setId("my-tasks");
        HorizontalLayout bar = new HorizontalLayout(new H2(getTranslation("tasks.mine")), showDone);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (Access.hasRole(Role.OFFICER_NAME)) {
            Button done =
                    new Button(getTranslation("task.markDone"), VaadinIcon.CHECK.create(), e -> grid.getSelectedItems()
                            .forEach(t -> {
                                tasks.setDone(t.id(), !t.done());
                                grid.getDataProvider().refreshAll();
                            }));
            done.setId("task-mark-done");
            Button open = new Button(
                    getTranslation("task.openPartner"),
                    VaadinIcon.BUILDING.create(),
                    e -> grid.getSelectedItems().stream()
                            .filter(t -> t.partnerId() != null)
                            .findFirst()
                            .ifPresent(t -> getUI().ifPresent(ui -> ui.navigate("partners/" + t.partnerId()))));
            bar.add(done, open);
        }
        add(bar, grid);
    }

    private TaskFilter filter() {
        return new TaskFilter(me, null, null, !showDone.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.mine");
    }
}
