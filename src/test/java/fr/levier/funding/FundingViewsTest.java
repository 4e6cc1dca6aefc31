package fr.levier.funding;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.funding.ui.CommitmentEditorView;
import fr.levier.funding.ui.DeadlinesView;
import fr.levier.funding.ui.FinancingPlanPanel;
import fr.levier.funding.ui.PartnerFundingPanel;
import fr.levier.partner.PartnerType;
import fr.levier.partner.ui.PartnerTabProvider;
import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectSummary;
import fr.levier.project.ui.ProjectDetailView;
import fr.levier.project.ui.ProjectListView;
import fr.levier.shared.DossierDates;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The project and funding screens, server-side with real services and roles. */
class FundingViewsTest extends KaribuTest {

    @Autowired
    AsUser as;

    @Autowired
    FundingFixtures fx;

    @Autowired
    ProjectService projects;

    @Autowired
    CommitmentService commitments;

    @Autowired
    FinancingPlanService plans;

    @Autowired
    List<PartnerTabProvider> partnerTabs;

    @Autowired
    Clock clock;

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, s -> s.withId(id));
    }

    @Test
    void theProjectListIsLazyAndFiltersAtRiskProjects() {
        long before = as.call("viewer", () -> projects.count(ProjectFilter.ALL));
        ProjectDetails sound = fx.project("Liste saine", "300000.00");
        ProjectDetails risky = fx.project("Liste à risque", "300000.00");
        fx.lapsingGrant(risky, LocalDate.now(clock).minusDays(3).minusYears(2));
        login("officer");
        navigate("projects");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectListView.class);
        Grid<ProjectSummary> grid = grid("project-grid");
        int all = GridKt._size(grid);
        assertThat(all).isEqualTo(before + 2);
        setValue(
                _get(com.vaadin.flow.component.checkbox.Checkbox.class, s -> s.withId("project-filter-at-risk")), true);
        List<Long> shown =
                GridKt._fetch(grid, 0, all).stream().map(ProjectSummary::id).toList();
        assertThat(shown).contains(risky.id()).doesNotContain(sound.id()).hasSizeLessThan(all);
        assertThat(_get(Button.class, s -> s.withId("new-project")).isVisible()).isTrue();
    }

    @Test
    void aViewerSeesTheListWithoutEditButtons() {
        login("viewer");
        navigate("projects");
        assertThat(_find(Button.class, s -> s.withId("new-project"))).isEmpty();
    }

    @Test
    void theProjectPageShowsTheFinancingPlanWithItsRedFlags() {
        // see brokenFloorProject: 225 000 € minimum, 125 000 € missing, leverage 9
        ProjectDetails project = fx.brokenFloorProject("Plancher rompu");
        login("officer");
        navigate("projects/" + project.id());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectDetailView.class);
        TabSheet tabs = _get(TabSheet.class, s -> s.withId("project-tabs"));
        tabs.setSelectedIndex(1);
        FinancingPlanPanel panel = _get(FinancingPlanPanel.class);
        assertThat(panel).isNotNull();
        Span floor = _get(Span.class, s -> s.withId("plan-floor"));
        assertThat(floor.getText())
                .contains(FrenchFormats.money(new BigDecimal("225000.00"), Locale.FRENCH))
                .contains(FrenchFormats.money(new BigDecimal("125000.00"), Locale.FRENCH));
        assertThat(floor.getElement().getAttribute("theme")).contains("error");
        assertThat(GridKt._size(grid("plan-grid"))).isEqualTo(1);
        assertThat(_get(Span.class, s -> s.withId("plan-leverage")).getText()).isEqualTo("9,00");
    }

    @Test
    void theCommitmentEditorSplitsAcrossProjectsWithTheRemainderShownLive() {
        ProjectDetails a = fx.project("Karibu split A", "10000.00");
        ProjectDetails b = fx.project("Karibu split B", "10000.00");
        CommitmentDetails c = fx.awarded(
                fx.partner(PartnerType.REGION),
                CommitmentKind.GRANT,
                "REGION",
                "50000.00",
                "50000.00",
                DossierDates.NONE);
        login("officer");
        UI.getCurrent()
                .navigate(
                        "commitments/" + c.id(),
                        com.vaadin.flow.router.QueryParameters.of("project", String.valueOf(a.id())));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CommitmentEditorView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ProjectSummary> project = _get(ComboBox.class, s -> s.withId("split-project"));
        assertThat(project.getValue().id()).isEqualTo(a.id());
        setValue(_get(BigDecimalField.class, s -> s.withId("split-amount")), new BigDecimal("30000"));
        _click(_get(Button.class, s -> s.withId("split-add")));
        assertThat(_get(Span.class, s -> s.withId("split-remainder")).getText()).contains("20\u00a0000,00");
        setValue(project, as.call("viewer", () -> projects.find(
                        new ProjectFilter(b.code(), null, null, null), PageRequest.of(0, 1))
                .getContent()
                .getFirst()));
        setValue(_get(BigDecimalField.class, s -> s.withId("split-amount")), new BigDecimal("25000"));
        _click(_get(Button.class, s -> s.withId("split-add")));
        assertThat(_get(Span.class, s -> s.withId("split-remainder")).getText()).contains("-5\u00a0000,00");
        _click(_get(Button.class, s -> s.withId("split-save")));
        assertThat(as.call("viewer", () -> commitments.allocations(c.id()))).isEmpty();

        setValue(_get(BigDecimalField.class, s -> s.withId("split-amount-" + b.id())), new BigDecimal("20000"));
        assertThat(_get(Span.class, s -> s.withId("split-remainder")).getText())
                .isEqualTo("Reste à répartir : 0,00\u00a0€");
        _click(_get(Button.class, s -> s.withId("split-save")));
        assertThat(as.call("viewer", () -> plans.plan(a.id())).totals().awarded())
                .isEqualByComparingTo("30000.00");
        assertThat(as.call("viewer", () -> plans.plan(b.id())).totals().awarded())
                .isEqualByComparingTo("20000.00");
    }

    @Test
    void aConcurrentEditShowsWhoChangedWhatAndKeepsTheUsersInput() {
        CommitmentDetails c = fx.identified(fx.partner(PartnerType.REGION), CommitmentKind.GRANT, null, "7000.00");
        login("officer");
        navigate("commitments/" + c.id());
        TextField title = _get(TextField.class, s -> s.withId("commitment-title"));
        setValue(title, "Mon nouvel intitulé");
        CommitmentInput in = c.toInput();
        as.run(
                "admin",
                () -> commitments.update(
                        c.id(),
                        c.version(),
                        CommitmentInput.builder()
                                .partnerId(in.partnerId())
                                .title(in.title())
                                .kind(in.kind())
                                .amountRequested(new BigDecimal("8000.00"))
                                .dates(in.dates())
                                .extensionGranted(false)
                                .build()));
        _click(_get(Button.class, s -> s.withId("commitment-save")));
        Div conflict = _get(Div.class, s -> s.withId("commitment-conflict"));
        assertThat(conflict.isVisible()).isTrue();
        assertThat(conflict.getText()).contains("admin").contains("montant demandé");
        assertThat(title.getValue()).isEqualTo("Mon nouvel intitulé");
        // saving again applies the user's input over the fresh version
        _click(_get(Button.class, s -> s.withId("commitment-save")));
        assertThat(as.call("viewer", () -> commitments.get(c.id())).title()).isEqualTo("Mon nouvel intitulé");
    }

    @Test
    void theDeadlinesViewListsOverdueAndNearGrants() {
        List<DeadlineLine> before = as.call("viewer", () -> plans.deadlines(LapseClock.NEAR_DAYS));
        long overdueBefore = before.stream()
                .filter(l -> l.deadline().state() == LapseClock.State.OVERDUE)
                .count();
        // lapse two years after notification: one notified two years and 3 days ago (overdue), one
        // two years less 10 days ago (near)
        LocalDate today = LocalDate.now(clock);
        ProjectDetails p = fx.project("Échéances", "300000.00");
        fx.lapsingGrant(p, today.minusDays(3).minusYears(2));
        fx.lapsingGrant(p, today.plusDays(10).minusYears(2));
        login("officer");
        navigate("deadlines");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DeadlinesView.class);
        assertThat(GridKt._size(grid("deadline-grid"))).isEqualTo(before.size() + 2);
        assertThat(_get(Span.class, s -> s.withId("deadlines-counts")).getText())
                .isEqualTo(FrenchFormats.count(overdueBefore + 1, Locale.FRENCH) + " à risque (dépassées), "
                        + FrenchFormats.count(before.size() - overdueBefore + 1, Locale.FRENCH)
                        + " dans les 90 jours");
    }

    @Test
    void theCommitmentListShowsThePortfolioLeverage() {
        PortfolioFigures before = as.call("viewer", () -> plans.portfolio());
        ProjectDetails project = fx.brokenFloorProject("Portefeuille");
        PortfolioFigures after = as.call("viewer", () -> plans.portfolio());
        assertThat(after.partnerAwarded().subtract(before.partnerAwarded())).isEqualByComparingTo("900000.00");
        login("viewer");
        navigate("commitments");
        assertThat(_get(Span.class, s -> s.withId("portfolio-summary")).getText())
                .contains(FrenchFormats.money(after.partnerAwarded(), Locale.FRENCH))
                .contains(FrenchFormats.money(after.cityFunding(), Locale.FRENCH))
                .contains("effet de levier " + Leverage.format(after.leverageAwarded(), Locale.FRENCH));
        assertThat((long) GridKt._size(grid("commitment-grid")))
                .isEqualTo(as.call("viewer", () -> commitments.count(CommitmentFilter.ALL)));
        assertThat(_find(Button.class, s -> s.withId("new-commitment"))).isEmpty();
        assertThat(project.id()).isNotNull();
    }

    @Test
    void thePartnerPageTabShowsWhatThePartnerFunds() {
        long prefecture = fx.partner(PartnerType.STATE);
        fx.awarded(prefecture, CommitmentKind.GRANT, null, "50000.00", "40000.00", DossierDates.NONE);
        login("viewer");
        navigate("");
        PartnerTabProvider tab = partnerTabs.stream()
                .filter(t -> t.titleKey().equals("partnerFunding.tab"))
                .findFirst()
                .orElseThrow();
        var panel = tab.create(prefecture);
        assertThat(panel).isInstanceOf(PartnerFundingPanel.class);
        UI.getCurrent().add(panel);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("partner-funding-summary"))
                        .getText())
                .startsWith("1 engagement ;")
                .contains("attribué : " + FrenchFormats.money(new BigDecimal("40000.00"), Locale.FRENCH));
    }
}
