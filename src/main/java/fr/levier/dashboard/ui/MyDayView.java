package fr.levier.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.dashboard.MyDay;
import fr.levier.dashboard.MyDayService;
import fr.levier.partner.TaskView;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/** "My day", the officers' home: my open tasks, my deadlines of the next 30 days, my dossiers with their alerts. */
@Route("my-day")
@Menu(title = "nav.myday", order = 1, icon = "vaadin:calendar-user")
@RolesAllowed(Role.VIEWER_NAME)
@StyleSheet("context://app/styles/dashboard.css")
public class MyDayView extends VerticalLayout implements HasDynamicTitle {

    MyDayView(MyDayService service, AuthenticationContext auth) {
        setWidthFull();
        String me = auth.getPrincipalName().orElse("");
        MyDay day = service.of(me);

        H2 hello = new H2(getTranslation("home.hello", me));
        hello.setId("home-hello");
        Span intro = new Span(getTranslation("dashboard.myday.intro", MyDayService.HORIZON_DAYS));
        intro.addClassName("sc-asof");
        Button scorecard = new Button(
                getTranslation("dashboard.scorecard.switch.scorecard"),
                VaadinIcon.DASHBOARD.create(),
                e -> HomeView.switchTo(ScorecardView.class));
        scorecard.setId("switch-scorecard");
        Div header = new Div(hello, intro, scorecard);
        header.addClassName("sc-header");

        add(header, deadlines(day), tasks(day), dossiers(day));
    }

    private Component deadlines(MyDay day) {
        Grid<MyDay.Deadline> grid = new Grid<>();
        grid.setId("my-deadlines");
        grid.addColumn(d -> FrenchFormats.date(d.date()))
                .setHeader(getTranslation("dashboard.myday.due"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(d -> days(d.daysLeft()))
                .setHeader(getTranslation("dashboard.myday.days"))
                .setWidth("9rem")
                .setFlexGrow(0)
                .setPartNameGenerator(d -> d.daysLeft() < 0 ? "md-overdue" : null);
        grid.addColumn(d -> getTranslation("dashboard.deadlineKind." + d.kind().name()))
                .setHeader(getTranslation("dashboard.myday.what"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(MyDay.Deadline::label)
                .setHeader(getTranslation("dashboard.myday.label"))
                .setFlexGrow(3);
        grid.addColumn(MyDay.Deadline::project)
                .setHeader(getTranslation("dashboard.myday.concerns"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.amount() == null ? "" : FrenchFormats.money(d.amount(), getLocale()))
                .setHeader(getTranslation("dashboard.myday.amount"))
                .setTextAlign(ColumnTextAlign.END)
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addItemClickListener(
                e -> getUI().ifPresent(ui -> ui.navigate(e.getItem().link())));
        return section(
                "my-deadlines-section",
                getTranslation("dashboard.myday.deadlines", MyDayService.HORIZON_DAYS),
                grid,
                day.deadlines(),
                getTranslation("dashboard.myday.noDeadlines", MyDayService.HORIZON_DAYS),
                null);
    }

    private Component tasks(MyDay day) {
        Grid<TaskView> grid = new Grid<>();
        grid.setId("my-day-tasks");
        grid.addColumn(t -> FrenchFormats.date(t.dueDate()))
                .setHeader(getTranslation("dashboard.myday.due"))
                .setWidth("8rem")
                .setFlexGrow(0)
                .setPartNameGenerator(t -> t.overdue() ? "md-overdue" : null);
        grid.addColumn(TaskView::title).setHeader(getTranslation("task.title")).setFlexGrow(3);
        grid.addColumn(TaskView::partnerName)
                .setHeader(getTranslation("partners.name"))
                .setFlexGrow(2);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                e.getItem().partnerId() == null
                        ? "tasks"
                        : "partners/" + e.getItem().partnerId())));
        Anchor all = new Anchor("tasks", getTranslation("dashboard.myday.allTasks"));
        all.setId("my-day-all-tasks");
        return section(
                "my-tasks-section",
                getTranslation("dashboard.myday.tasks", FrenchFormats.count(day.openTasks(), getLocale())),
                grid,
                day.tasks(),
                getTranslation("dashboard.myday.noTasks"),
                all);
    }

    private Component dossiers(MyDay day) {
        Grid<MyDay.Dossier> grid = new Grid<>();
        grid.setId("my-dossiers");
        grid.addColumn(MyDay.Dossier::code)
                .setHeader(getTranslation("dashboard.myday.project"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(MyDay.Dossier::name).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("projectStatus." + d.status()))
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<MyDay.Dossier>of(
                                "${item.flags.length ? item.flags.map(f => html`<span class=\"md-flag md-${f.key}\">${f.label}</span>`) : html`<span class=\"md-ok\">${item.ok}</span>`}")
                        .withProperty("flags", d -> d.flags().stream()
                                .sorted()
                                .map(f -> java.util.Map.of(
                                        "key", f.name(), "label", getTranslation("dashboard.flag." + f.name())))
                                .collect(Collectors.toList()))
                        .withProperty("ok", d -> getTranslation("dashboard.myday.ok")))
                .setHeader(getTranslation("dashboard.myday.flags"))
                .setFlexGrow(3);
        grid.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate("projects/" + e.getItem().projectId())));
        return section(
                "my-dossiers-section",
                getTranslation("dashboard.myday.dossiers"),
                grid,
                day.dossiers(),
                getTranslation("dashboard.myday.noDossiers"),
                null);
    }

    private <T> Component section(String id, String title, Grid<T> grid, List<T> items, String empty, Component extra) {
        Div section = new Div(new H3(title));
        section.addClassName("md-section");
        section.setId(id);
        if (items.isEmpty()) {
            section.add(new Paragraph(empty));
        } else {
            grid.setItems(items);
            grid.setAllRowsVisible(items.size() <= 12);
            if (items.size() > 12) {
                grid.setHeight("26rem");
            }
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            section.add(grid);
        }
        if (extra != null) {
            section.add(extra);
        }
        return section;
    }

    private String days(long daysLeft) {
        if (daysLeft == 0) {
            return getTranslation("dashboard.myday.today");
        }
        return daysLeft < 0
                ? getTranslation("dashboard.myday.overdue", -daysLeft)
                : getTranslation("dashboard.myday.inDays", daysLeft);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.myday.title");
    }
}
