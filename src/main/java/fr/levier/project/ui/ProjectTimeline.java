package fr.levier.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.project.Milestone;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectService;
import fr.levier.security.Role;
import fr.levier.shared.DossierDates;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.Access;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.ServiceErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The project's timeline: dossier dates in order, the instruction time, and the milestones. */
class ProjectTimeline extends VerticalLayout {

    private record Step(String label, LocalDate date, boolean done) {}

    private final ProjectService projects;
    private final long projectId;
    private final Grid<Step> grid = new Grid<>();

    ProjectTimeline(ProjectService projects, ProjectDetails project) {
        this.projects = projects;
        this.projectId = project.id();
        setPadding(false);
        DossierDates d = project.dates();
        Long days = d.instructionDays();
        Paragraph instruction = new Paragraph(
                days == null
                        ? getTranslation("projects.instruction.unknown")
                        : getTranslation("projects.instruction.days", FrenchFormats.count(days, getLocale())));
        instruction.setId("project-instruction-time");

        grid.addColumn(s -> FrenchFormats.date(s.date()))
                .setHeader(getTranslation("timeline.date"))
                .setAutoWidth(true);
        grid.addColumn(Step::label).setHeader(getTranslation("timeline.step")).setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.done() ? "timeline.done" : "timeline.planned"))
                .setHeader(getTranslation("timeline.state"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("project-timeline");
        refresh(d);

        TextField label = new TextField(getTranslation("timeline.milestone"));
        FrenchDatePicker due = new FrenchDatePicker(getTranslation("timeline.dueOn"));
        FrenchDatePicker done = new FrenchDatePicker(getTranslation("timeline.doneOn"));
        Button add = new Button(getTranslation("timeline.add"), VaadinIcon.PLUS.create(), e -> {
            if (ServiceErrors.run(
                    () -> projects.addMilestone(projectId, label.getValue(), due.getValue(), done.getValue()),
                    Map.of("label", label))) {
                label.clear();
                due.clear();
                done.clear();
                refresh(d);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(label, due, done, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setVisible(Access.hasRole(Role.OFFICER_NAME));
        add(instruction, grid, new H4(getTranslation("timeline.addTitle")), form);
    }

    private void refresh(DossierDates d) {
        List<Step> steps = new ArrayList<>();
        step(steps, "dates.openedOn", d.openedOn());
        step(steps, "dates.submittedOn", d.submittedOn());
        step(steps, "dates.completeOn", d.completeOn());
        step(steps, "dates.decidedOn", d.decidedOn());
        step(steps, "dates.notifiedOn", d.notifiedOn());
        step(steps, "dates.conventionSignedOn", d.conventionSignedOn());
        step(steps, "dates.worksStartedOn", d.worksStartedOn());
        step(steps, "dates.completionDeclaredOn", d.completionDeclaredOn());
        for (Milestone m : projects.milestones(projectId)) {
            LocalDate date = m.doneOn() != null ? m.doneOn() : m.dueOn();
            if (date != null) {
                steps.add(new Step(m.label(), date, m.doneOn() != null));
            }
        }
        steps.sort(Comparator.comparing(Step::date));
        grid.setItems(steps);
    }

    private void step(List<Step> steps, String key, LocalDate date) {
        if (date != null) {
            steps.add(new Step(getTranslation(key), date, true));
        }
    }
}
