package fr.levier.dashboard;

import fr.levier.funding.LapseClock;
import fr.levier.partner.TaskFilter;
import fr.levier.partner.TaskService;
import fr.levier.partner.TaskView;
import fr.levier.reporting.FundingReports;
import fr.levier.reporting.ProjectFundingRow;
import fr.levier.reporting.ReportAccess;
import fr.levier.reporting.ReportFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "My day" for an officer: tasks, deadlines of the next 30 days, and dossiers with their flags. */
@Service
public class MyDayService {

    /** How far ahead deadlines are shown. */
    public static final int HORIZON_DAYS = 30;

    /** At most this many tasks and dossiers are listed (the full lists are one click away). */
    public static final int LIST_LIMIT = 50;

    private final MyDayQueries queries;
    private final TaskService tasks;
    private final FundingReports reports;
    private final ReportAccess reportAccess;
    private final Clock clock;

    MyDayService(
            MyDayQueries queries, TaskService tasks, FundingReports reports, ReportAccess reportAccess, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.reports = reports;
        this.reportAccess = reportAccess;
        this.clock = clock;
    }

    /**
     * @param username the officer's login
     * @return their day
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public MyDay of(String username) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(HORIZON_DAYS);
        TaskFilter mine = new TaskFilter(username, null, null, true);
        List<TaskView> open = tasks.find(
                        mine,
                        PageRequest.of(
                                0, LIST_LIMIT, Sort.by(Sort.Order.asc("dueDate").nullsLast())))
                .getContent();
        long openCount = tasks.count(mine);

        List<MyDay.Deadline> deadlines = new ArrayList<>();
        Map<Long, Set<MyDay.Flag>> flags = new HashMap<>();
        for (MyDayQueries.GrantRow g : queries.clockedGrants(username)) {
            LapseClock.next(
                            new LapseClock.Input(
                                    new LapseClock.Rules(g.startYears(), g.completionYears(), g.extensionYears()),
                                    g.notifiedOn(),
                                    g.worksStartedOn(),
                                    g.completionDeclaredOn(),
                                    g.extensionGranted(),
                                    g.ownDeadline()),
                            today)
                    .filter(d -> d.daysLeft() <= HORIZON_DAYS)
                    .ifPresent(d -> {
                        deadlines.add(new MyDay.Deadline(
                                d.date(),
                                d.daysLeft(),
                                kindOf(d.kind()),
                                g.title(),
                                g.project(),
                                g.awarded(),
                                "commitments/" + g.id()));
                        flag(flags, g.projectId(), d.daysLeft() < 0 ? MyDay.Flag.AT_RISK : MyDay.Flag.DEADLINE_SOON);
                    });
        }
        for (MyDayQueries.MilestoneRow m : queries.milestonesDue(username, until)) {
            long days = ChronoUnit.DAYS.between(today, m.dueOn());
            deadlines.add(new MyDay.Deadline(
                    m.dueOn(),
                    days,
                    MyDay.DeadlineKind.MILESTONE,
                    m.label(),
                    m.project(),
                    null,
                    "projects/" + m.projectId()));
            if (days < 0) {
                flag(flags, m.projectId(), MyDay.Flag.MILESTONE_LATE);
            }
        }
        for (TaskView t : open) {
            if (t.dueDate() != null && !t.dueDate().isAfter(until)) {
                deadlines.add(new MyDay.Deadline(
                        t.dueDate(),
                        ChronoUnit.DAYS.between(today, t.dueDate()),
                        MyDay.DeadlineKind.TASK,
                        t.title(),
                        t.partnerName(),
                        null,
                        "tasks"));
            }
        }
        deadlines.sort(Comparator.comparing(MyDay.Deadline::date));
        queries.projectsWithOverdueTask(username, today).forEach(id -> flag(flags, id, MyDay.Flag.TASK_OVERDUE));

        // the 20 % floor as the funding-by-project report computes it, one query for all my projects
        if (reportAccess.mayReadLines()) {
            reports.byProject(ReportFilter.ALL.withOfficer(username), PageRequest.of(0, 10 * LIST_LIMIT)).stream()
                    .filter(ProjectFundingRow::floorBroken)
                    .forEach(r -> flag(flags, r.projectId(), MyDay.Flag.FLOOR_BROKEN));
        }
        List<MyDay.Dossier> dossiers = new ArrayList<>();
        for (MyDayQueries.ProjectRow p : queries.projects(username, LIST_LIMIT)) {
            Set<MyDay.Flag> f = flags.getOrDefault(p.id(), EnumSet.noneOf(MyDay.Flag.class));
            dossiers.add(new MyDay.Dossier(p.id(), p.code(), p.name(), p.status(), Set.copyOf(f)));
        }
        dossiers.sort(
                Comparator.comparing((MyDay.Dossier d) -> d.flags().isEmpty()).thenComparing(MyDay.Dossier::code));
        return new MyDay(today, open, openCount, List.copyOf(deadlines), List.copyOf(dossiers));
    }

    private static void flag(Map<Long, Set<MyDay.Flag>> flags, long projectId, MyDay.Flag flag) {
        flags.computeIfAbsent(projectId, id -> EnumSet.noneOf(MyDay.Flag.class)).add(flag);
    }

    private static MyDay.DeadlineKind kindOf(LapseClock.Kind kind) {
        return switch (kind) {
            case START -> MyDay.DeadlineKind.LAPSE_START;
            case COMPLETION -> MyDay.DeadlineKind.LAPSE_COMPLETION;
            case OWN -> MyDay.DeadlineKind.LAPSE_OWN;
        };
    }
}
