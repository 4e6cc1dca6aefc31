package fr.levier.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The home address: officers land on "My day", everybody else (management, finance, viewers,
 * administrators) on the Balanced Scorecard; a user who switched between the two keeps their choice
 * for the session.
 */
@Route("")
@RolesAllowed(Role.VIEWER_NAME)
public class HomeView extends Div implements BeforeEnterObserver {

    /** Session attribute holding the home the user chose. */
    static final String CHOICE = "levier.dashboard.home";

    private final AuthenticationContext auth;

    HomeView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(home(auth));
    }

    /** @return the view a user lands on: their choice of the session, else by role */
    static Class<? extends Component> home(AuthenticationContext auth) {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(CHOICE);
        if (chosen instanceof Class<?> c && Component.class.isAssignableFrom(c)) {
            @SuppressWarnings("unchecked")
            Class<? extends Component> view = (Class<? extends Component>) c;
            return view;
        }
        boolean officer = auth.hasRole(Role.OFFICER_NAME) && !auth.hasRole(Role.ADMIN_NAME);
        return officer ? MyDayView.class : ScorecardView.class;
    }

    /** Remembers the user's choice of home for the session and opens it. */
    static void switchTo(Class<? extends Component> view) {
        VaadinSession.getCurrent().setAttribute(CHOICE, view);
        UI.getCurrent().navigate(view);
    }
}
