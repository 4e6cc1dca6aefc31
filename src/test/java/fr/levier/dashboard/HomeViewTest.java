package fr.levier.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fr.levier.dashboard.ui.HomeView;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The home view and main layout, server-side, with real roles. */
class HomeViewTest extends KaribuTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    @Test
    void anOfficerSeesTheGreetingAndTheNetworkFiguresComputedFromTheDatabase() {
        login("officer");
        navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(_get(H2.class, s -> s.withId("home-hello")).getText()).isEqualTo("Bonjour officer");
        long total = as.call("viewer", () -> partners.count(PartnerFilter.ALL));
        assertThat(_get(Div.class, s -> s.withId("home-kpi-partners"))
                        .getElement()
                        .getTextRecursively())
                .startsWith(FrenchFormats.count(total, Locale.FRENCH));
    }

    @Test
    void theMenuShowsOnlyWhatTheRoleMayOpen() {
        login("officer");
        navigate("");
        var officerItems = _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
        assertThat(officerItems).contains("Accueil", "Partenaires").doesNotContain("Utilisateurs", "Jetons d'API");
    }

    @Test
    void anAdminSeesAdministrationInTheMenu() {
        login("admin");
        navigate("");
        var adminItems = _get(SideNav.class).getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
        assertThat(adminItems).contains("Accueil", "Partenaires", "Utilisateurs", "Jetons d'API");
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() {
        navigate("");
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("LoginView");
    }
}
