package fr.levier.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.ConflictNotice;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * One project, its id in the URL: summary (the editable form), the tabs other modules contribute
 * (financing plan, commitments, claims), the timeline and the documents.
 */
@Route("projects")
@RolesAllowed(Role.VIEWER_NAME)
public class ProjectDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ProjectService projects;
    private final UserService users;
    private final List<ProjectTabProvider> tabProviders;
    private ProjectDetails project;
    private String title = "";

    ProjectDetailView(ProjectService projects, UserService users, List<ProjectTabProvider> tabProviders) {
        this.projects = projects;
        this.users = users;
        this.tabProviders = tabProviders.stream()
                .sorted(Comparator.comparingInt(ProjectTabProvider::order))
                .toList();
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        project = projects.get(id).orElse(null);
        if (project == null) {
            title = getTranslation("projects.notFound");
            add(new H2(title));
            return;
        }
        title = project.code() + " – " + project.name();
        H2 heading = new H2(title);
        heading.setId("project-title");
        Span status =
                new Span(getTranslation("projectStatus." + project.status().name()));
        status.getElement().getThemeList().add("badge");
        Button back =
                new Button(getTranslation("projects.back"), VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(
                                ui -> ui.navigate("projects")));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(back, heading, status);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.setId("project-tabs");
        tabs.add(getTranslation("projects.tab.summary"), summary());
        for (ProjectTabProvider p : tabProviders) {
            tabs.add(getTranslation(p.titleKey()), p.create(project.id()));
        }
        tabs.add(getTranslation("projects.tab.timeline"), new ProjectTimeline(projects, project));
        tabs.add(getTranslation("projects.tab.documents"), new ProjectDocuments(projects, project.id()));
        add(header, tabs);
    }

    private Component summary() {
        ProjectEditor editor = new ProjectEditor(users.officers());
        editor.setInput(project.toInput());
        editor.setEditable(Access.hasRole(Role.OFFICER_NAME));
        ConflictNotice conflict = new ConflictNotice("project-conflict", "projects.conflict", "projects.field.");
        final ProjectInput[] startedFrom = {project.toInput()};
        final long[] version = {project.version()};
        editor.addSaveListener(e -> ServiceErrors.run(
                () -> {
                    ProjectDetails saved = projects.update(project.id(), version[0], e.input());
                    project = saved;
                    startedFrom[0] = saved.toInput();
                    version[0] = saved.version();
                    conflict.hide();
                    Notifications.success(getTranslation("projects.saved"));
                },
                editor.fields(),
                stale -> {
                    // keep the user's input in the form; the next save overwrites deliberately
                    ProjectDetails fresh = projects.get(project.id()).orElseThrow();
                    conflict.show(startedFrom[0], fresh.toInput(), fresh.updatedBy(), fresh.updatedAt());
                    version[0] = fresh.version();
                    startedFrom[0] = fresh.toInput();
                }));
        editor.addCancelListener(e -> editor.setInput(project.toInput()));
        Button delete = new Button(getTranslation("projects.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setVisible(Access.hasRole(Role.OFFICER_NAME));
        VerticalLayout layout = new VerticalLayout(conflict, editor, delete);
        layout.setPadding(false);
        return layout;
    }

    private void confirmDelete() {
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader(getTranslation("projects.delete"));
        d.setText(getTranslation("projects.deleteConfirm", project.name()));
        d.setCancelable(true);
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            try {
                projects.delete(project.id());
                Notifications.success(getTranslation("projects.deleted"));
                getUI().ifPresent(ui -> ui.navigate("projects"));
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        d.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
