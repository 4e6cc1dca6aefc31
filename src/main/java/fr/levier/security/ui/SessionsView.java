package fr.levier.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.security.ActiveSession;
import fr.levier.security.Role;
import fr.levier.security.SessionTimeouts;
import fr.levier.security.UserSessionService;
import fr.levier.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Admins see who is signed in, where and since when, and can end a session. */
@Route("admin/sessions")
@Menu(title = "nav.sessions", order = 92, icon = "vaadin:connect")
@RolesAllowed(Role.ADMIN_NAME)
public class SessionsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final UserSessionService sessions;
    private final Grid<ActiveSession> grid = new Grid<>();

    SessionsView(UserSessionService sessions) {
        this.sessions = sessions;
        setSizeFull();
        SessionTimeouts t = sessions.timeouts();
        Span policy = new Span(getTranslation(
                "sessions.policy", t.idle().toMinutes(), t.absolute().toHours()));
        grid.setId("sessions-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ActiveSession::username)
                .setHeader(getTranslation("sessions.user"))
                .setAutoWidth(true);
        grid.addColumn(s -> WHEN.format(s.createdAt())).setHeader(getTranslation("sessions.since"));
        grid.addColumn(s -> WHEN.format(s.lastSeenAt())).setHeader(getTranslation("sessions.lastSeen"));
        grid.addColumn(ActiveSession::node).setHeader(getTranslation("sessions.node"));
        grid.addColumn(ActiveSession::remoteAddr).setHeader(getTranslation("sessions.address"));
        grid.addColumn(s -> browser(s.userAgent())).setHeader(getTranslation("sessions.browser"));
        grid.addColumn(LitRenderer.<ActiveSession>of(
                                "<vaadin-button theme=\"error tertiary small\" @click=\"${end}\">${item.label}</vaadin-button>")
                        .withProperty("label", s -> getTranslation("sessions.end"))
                        .withFunction("end", this::end))
                .setHeader("")
                .setAutoWidth(true);
        grid.setItems(q -> sessions.active(q.getOffset(), q.getLimit()).stream(), q -> (int) sessions.countActive());
        grid.setSizeFull();
        add(policy, grid);
    }

    private void end(ActiveSession s) {
        if (sessions.end(s.id())) {
            Notifications.success(getTranslation("sessions.ended", s.username()));
        }
        grid.getDataProvider().refreshAll();
    }

    /** A short browser name from the user agent, e.g. "Chrome (Linux)". */
    static String browser(String userAgent) {
        if (userAgent == null) {
            return "";
        }
        String name = userAgent.contains("Firefox/")
                ? "Firefox"
                : userAgent.contains("Edg/")
                        ? "Edge"
                        : userAgent.contains("Chrome/") ? "Chrome" : userAgent.contains("Safari/") ? "Safari" : "?";
        String os = userAgent.contains("Windows")
                ? "Windows"
                : userAgent.contains("Mac OS")
                        ? "macOS"
                        : userAgent.contains("Android")
                                ? "Android"
                                : userAgent.contains("iPhone") ? "iOS" : userAgent.contains("Linux") ? "Linux" : "";
        return os.isEmpty() ? name : name + " (" + os + ")";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title") + " – Levier";
    }
}
