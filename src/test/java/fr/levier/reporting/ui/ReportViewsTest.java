package fr.levier.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.reporting.ScheduleSummary;
import fr.levier.reporting.ScheduledReports;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report screens without a browser: schedule form errors, and viewers refused when the city says so. */
class ReportViewsTest extends KaribuTest {

    @Autowired
    ScheduledReports schedules;

    @Autowired
    AsUser as;

    @AfterEach
    void cleanUp() {
        as.run("admin", () -> {
            schedules.setViewersAllowed(true);
            schedules.schedules().stream()
                    .filter(s -> s.recipients().contains("karibu@romans.test"))
                    .forEach(s -> schedules.delete(s.id()));
        });
    }

    @Test
    void anAdminSchedulesAReportAndABadAddressIsNamedOnTheField() {
        login("admin");
        UI.getCurrent().navigate("report-schedules");
        TextField recipients = _get(TextField.class, s -> s.withId("schedule-recipients"));
        setValue(recipients, "karibu@romans.test, pas-une-adresse");
        _click(_get(Button.class, s -> s.withId("schedule-save")));
        assertThat(recipients.isInvalid()).isTrue();
        assertThat(recipients.getErrorMessage()).contains("pas-une-adresse");

        setValue(recipients, "karibu@romans.test");
        _click(_get(Button.class, s -> s.withId("schedule-save")));
        assertThat(recipients.isInvalid()).isFalse();
        assertThat(as.call("admin", () -> schedules.schedules()))
                .extracting(ScheduleSummary::recipients)
                .contains(java.util.List.of("karibu@romans.test"));
    }

    @Test
    void viewersSeeReportsUnlessTheCityRestrictsThem() {
        login("viewer");
        UI.getCurrent().navigate("reports/deadlines");
        assertThat(_find(Grid.class, s -> s.withId("report-grid"))).hasSize(1);

        as.run("admin", () -> schedules.setViewersAllowed(false));
        UI.getCurrent().navigate("reports/funding-by-partner");
        assertThat(_find(Grid.class, s -> s.withId("report-grid"))).isEmpty();
        assertThat(_find(Span.class).stream().map(Span::getText))
                .anyMatch(t -> t.contains("réservé les rapports financiers"));
    }
}
