package fr.levier.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.levier.dashboard.ui.MyDayView;
import fr.levier.dashboard.ui.ScorecardView;
import fr.levier.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** The home address and main layout, server-side, with real roles: officers get "My day", management the scorecard. */
class HomeViewTest extends KaribuTest {

    @Test
    void anOfficerLandsOnMyDayWithAGreeting() {
        login("officer");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyDayView.class);
        assertThat(_get(H2.class, s -> s.withId("home-hello")).getText()).isEqualTo("Bonjour officer");
    }

    @Test
    void managementFinanceAndAdminsLandOnTheScorecard() {
        for (String user : new String[] {"viewer", "finance", "admin"}) {
            login(user);
            navigate("");
            assertThat(UI.getCurrent().getCurrentView()).as(user).isInstanceOf(ScorecardView.class);
        }
    }

    @Test
    void theChoiceOfHomeIsKeptForTheSession() {
        login("officer");
        navigate("");
        _click(_get(Button.class, s -> s.withId("switch-scorecard")));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ScorecardView.class);
        navigate("partners");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ScorecardView.class);
        _click(_get(Button.class, s -> s.withId("switch-my-day")));
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(MyDayView.class);
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        login("officer");
        navigate("");
        var officerItems = _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
        assertThat(officerItems)
                .contains("Tableau de bord", "Ma journée", "Partenaires")
                .doesNotContain("Utilisateurs", "Jetons d'API");
    }

    @Test
    void anAdminSeesAdministrationInTheMenu() {
        login("admin");
        navigate("");
        var adminItems = _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
        assertThat(adminItems).contains("Tableau de bord", "Partenaires", "Utilisateurs", "Jetons d'API");
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() {
        navigate("");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
