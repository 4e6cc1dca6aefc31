package fr.levier.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.levier.security.TwoFactorState;
import org.springframework.stereotype.Component;

/**
 * Sends a session whose second factor is due to the two-factor page, whatever address it opens (its
 * requests carry no role meanwhile, see the gate filter, so nothing else would open anyway).
 */
@Component
class TwoFactorRouting implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(e -> {
            if (TwoFactorView.class.equals(e.getNavigationTarget())
                    || e.getNavigationTarget().getSimpleName().equals("LoginView")) {
                return;
            }
            Object state;
            try {
                var session = com.vaadin.flow.server.VaadinSession.getCurrent();
                state = session == null ? null : session.getSession().getAttribute(TwoFactorState.ATTRIBUTE);
            } catch (IllegalStateException invalidated) {
                return; // signing out: the session is already gone
            }
            if (state == TwoFactorState.CHALLENGE || state == TwoFactorState.ENROL) {
                e.rerouteTo(TwoFactorView.class);
            }
        }));
    }
}
