package fr.levier.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The scorecard, its targets dialog and the learning view, server-side with real roles and data. */
class DashboardViewsTest extends KaribuTest {

    @Autowired
    ScorecardService scorecard;

    @Autowired
    AsUser as;

    @Autowired
    Clock clock;

    private Long learningId;

    @AfterEach
    void cleanUp() {
        int year = LocalDate.now(clock).getYear();
        as.run("admin", () -> scorecard.setTarget(IndicatorKey.INTERACTIONS_QUARTER, year, null));
        if (learningId != null) {
            as.run("admin", () -> scorecard.deleteLearning(learningId));
        }
    }

    @Test
    void everyCardShowsTheServiceFigureAndLinksToItsList() {
        login("viewer");
        navigate("dashboard");
        BigDecimal active = as.call(
                "viewer",
                () -> scorecard.scorecard().get(IndicatorKey.PARTNERS_ACTIVE).value());
        Anchor card = _get(Anchor.class, s -> s.withId("indicator-partners-active"));
        assertThat(card.getHref()).isEqualTo("partners?status=ACTIVE");
        assertThat(_get(Span.class, s -> s.withId("value-partners-active")).getText())
                .isEqualTo(FrenchFormats.count(active.longValue(), Locale.FRENCH));
        assertThat(_get(Anchor.class, s -> s.withId("indicator-funds-atRisk")).getHref())
                .isEqualTo("reports/receivables-aging");
        // four perspectives, four charts
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("sc-perspective")))
                .hasSize(4);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("sc-chart")))
                .hasSize(4);
        // without a newsletter module the reach reads "—"
        if (as.call("viewer", () -> scorecard
                        .scorecard()
                        .get(IndicatorKey.NEWSLETTER_REACH)
                        .value())
                == null) {
            assertThat(_get(Span.class, s -> s.withId("value-newsletter-reach")).getText())
                    .isEqualTo("—");
        }
        assertThat(_find(Button.class, s -> s.withId("edit-targets"))).isEmpty();
    }

    @Test
    void anAdminSetsATargetInTheDialogAndTheCardShowsIt() {
        login("admin");
        navigate("dashboard");
        _click(_get(Button.class, s -> s.withId("edit-targets")));
        BigDecimalField field = _get(BigDecimalField.class, s -> s.withId("target-interactions-quarter"));
        setValue(field, new BigDecimal("-3"));
        _click(_get(Button.class, s -> s.withId("save-targets")));
        assertThat(field.isInvalid()).isTrue(); // refused, dialog still open
        setValue(field, new BigDecimal("40"));
        _click(_get(Button.class, s -> s.withId("save-targets")));
        assertThat(as.call(
                        "viewer", () -> scorecard.targets(LocalDate.now(clock).getYear())))
                .containsEntry(IndicatorKey.INTERACTIONS_QUARTER, new BigDecimal("40.00"));
        assertThat(_get(Anchor.class, s -> s.withId("indicator-interactions-quarter"))
                        .getElement()
                        .getTextRecursively())
                .contains("Objectif 40");
    }

    @Test
    void anAdminRecordsALearningFigure() {
        login("admin");
        navigate("dashboard/learning");
        int year = LocalDate.now(clock).getYear();
        long before = as.call("viewer", () -> scorecard.countLearning(year));
        @SuppressWarnings("unchecked")
        ComboBox<IndicatorKey> indicator = _get(ComboBox.class, s -> s.withId("learning-indicator"));
        setValue(indicator, IndicatorKey.TRAINING_SESSIONS);
        setValue(_get(DatePicker.class, s -> s.withId("learning-date")), LocalDate.now(clock));
        setValue(_get(BigDecimalField.class, s -> s.withId("learning-amount")), new BigDecimal("3"));
        _click(_get(Button.class, s -> s.withId("learning-add")));
        assertThat(as.call("viewer", () -> scorecard.countLearning(year))).isEqualTo(before + 1);
        learningId = as.call("viewer", () -> scorecard.learning(year, PageRequest.of(0, 1000)).stream()
                .filter(r -> r.indicator() == IndicatorKey.TRAINING_SESSIONS
                        && r.amount().compareTo(new BigDecimal("3")) == 0)
                .reduce((a, b) -> b)
                .orElseThrow()
                .id());
        @SuppressWarnings("unchecked")
        Grid<fr.levier.dashboard.LearningRecord> grid = _get(Grid.class, s -> s.withId("learning-grid"));
        assertThat(GridKt._size(grid)).isEqualTo((int) before + 1);
    }

    @Test
    void viewersSeeLearningFiguresButCannotRecordThem() {
        login("viewer");
        navigate("dashboard/learning");
        assertThat(_find(Button.class, s -> s.withId("learning-add"))).isEmpty();
    }
}
