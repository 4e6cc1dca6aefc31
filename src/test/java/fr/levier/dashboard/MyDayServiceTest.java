package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.funding.AllocationInput;
import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.partner.TaskDraft;
import fr.levier.partner.TaskService;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.security.NewUser;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.shared.DossierDates;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** "My day" of an officer created for the test: their tasks, deadlines of the next 30 days, flagged dossiers. */
@IntegrationTest
@Transactional
class MyDayServiceTest {

    @Autowired
    MyDayService myDay;

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ProjectService projects;

    @Autowired
    CommitmentService commitments;

    @Autowired
    TaskService tasks;

    @Autowired
    EntityManager em;

    @Autowired
    Clock clock;

    private ProjectDetails project(String officer, String name, ProjectStatus status) {
        return project(officer, name, status, "400000.00");
    }

    private ProjectDetails project(String officer, String name, ProjectStatus status, String city) {
        String u = FundingFixtures.unique();
        return as.call(
                "officer",
                () -> projects.create(ProjectInput.builder()
                        .code("MD-" + u)
                        .name(name)
                        .officerUsername(officer)
                        .status(status)
                        .totalCostExclTax(new BigDecimal("1000000.00"))
                        .cityFunding(new BigDecimal(city))
                        .cityOwner(true)
                        .dates(DossierDates.NONE)
                        .build()));
    }

    private void task(String officer, String title, LocalDate due, Long projectId) {
        as.run("officer", () -> tasks.create(new TaskDraft(title, due, officer, null, null, projectId, false)));
    }

    private void fund(long projectId, LocalDate notified) {
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.STATE),
                CommitmentKind.GRANT,
                "DSIL",
                "100000.00",
                "100000.00",
                new DossierDates(null, null, null, null, notified, null, null, null));
        as.run(
                "officer",
                () -> commitments.allocate(new AllocationInput(c.id(), projectId, new BigDecimal("100000.00"))));
    }

    @Test
    void anOfficersDayListsTheirTasksDeadlinesAndFlaggedDossiersOnly() {
        String me = "md" + FundingFixtures.unique();
        // officers and assignees must be real users (unknown references are refused)
        for (String user : new String[] {me, "someoneelse"}) {
            as.run(
                    "admin",
                    () -> users.create(new NewUser(user, "Agent " + user, null, Role.OFFICER, "Kx7-mQ2v-pLr9-zT4w")));
        }
        LocalDate today = LocalDate.now(clock);
        ProjectDetails late = project(me, "Halle gourmande", ProjectStatus.IN_PROGRESS);
        ProjectDetails soon = project(me, "Maison de santé", ProjectStatus.APPROVED);
        ProjectDetails quiet = project(me, "Parc des Mille Pas", ProjectStatus.STUDY);
        ProjectDetails thin = project(me, "Salle des fêtes", ProjectStatus.APPROVED, "10000.00");
        project(me, "Ancienne usine", ProjectStatus.COMPLETED);
        project("someoneelse", "Pas à moi", ProjectStatus.APPROVED);
        // DSIL: start of works due 2 years after notification
        fund(late.id(), today.minusYears(2).minusDays(3)); // overdue by 3 days → at risk
        fund(soon.id(), today.minusYears(2).plusDays(12)); // due in 12 days
        fund(quiet.id(), today.minusYears(2).plusDays(45)); // due in 45 days: beyond the horizon
        // 10 000 € of city money for 100 000 € of State aid: 9 % < the 20 % floor
        fund(thin.id(), today);
        task(me, "Relancer la Région", today.minusDays(1), soon.id());
        task(me, "Préparer le comité", today.plusDays(5), null);
        task(me, "Bilan annuel", today.plusDays(60), null);
        task("someoneelse", "Pas ma tâche", today, null);
        as.run("officer", () -> projects.addMilestone(quiet.id(), "Permis de construire", today.plusDays(20), null));
        em.flush();

        MyDay day = as.call("officer", () -> myDay.of(me));

        assertThat(day.openTasks()).isEqualTo(3);
        assertThat(day.tasks())
                .extracting(t -> t.title())
                .containsExactly("Relancer la Région", "Préparer le comité", "Bilan annuel");
        assertThat(day.deadlines())
                .extracting(MyDay.Deadline::kind, MyDay.Deadline::daysLeft)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MyDay.DeadlineKind.LAPSE_START, -3L),
                        org.assertj.core.groups.Tuple.tuple(MyDay.DeadlineKind.TASK, -1L),
                        org.assertj.core.groups.Tuple.tuple(MyDay.DeadlineKind.TASK, 5L),
                        org.assertj.core.groups.Tuple.tuple(MyDay.DeadlineKind.LAPSE_START, 12L),
                        org.assertj.core.groups.Tuple.tuple(MyDay.DeadlineKind.MILESTONE, 20L));
        assertThat(day.deadlines().getFirst().amount()).isEqualByComparingTo("100000.00");
        assertThat(day.deadlines().getFirst().project()).contains("Halle gourmande");

        java.util.Map<String, java.util.Set<MyDay.Flag>> flags = day.dossiers().stream()
                .collect(java.util.stream.Collectors.toMap(MyDay.Dossier::name, MyDay.Dossier::flags));
        assertThat(flags)
                .containsOnlyKeys("Halle gourmande", "Maison de santé", "Parc des Mille Pas", "Salle des fêtes");
        assertThat(flags.get("Halle gourmande")).containsExactly(MyDay.Flag.AT_RISK);
        assertThat(flags.get("Maison de santé"))
                .containsExactlyInAnyOrder(MyDay.Flag.DEADLINE_SOON, MyDay.Flag.TASK_OVERDUE);
        assertThat(flags.get("Salle des fêtes")).containsExactly(MyDay.Flag.FLOOR_BROKEN);
        assertThat(flags.get("Parc des Mille Pas")).isEmpty();
        // flagged dossiers first
        assertThat(day.dossiers().getLast().name()).isEqualTo("Parc des Mille Pas");
    }

    @Test
    void aUserWithNothingAssignedHasAnEmptyDay() {
        MyDay day = as.call("viewer", () -> myDay.of("nobody" + FundingFixtures.unique()));
        assertThat(day.tasks()).isEmpty();
        assertThat(day.deadlines()).isEmpty();
        assertThat(day.dossiers()).isEmpty();
    }
}
