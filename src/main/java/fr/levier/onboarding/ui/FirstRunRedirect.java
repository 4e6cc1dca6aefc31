package fr.levier.onboarding.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import fr.levier.onboarding.CityIdentityService;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Offers the first-run assistant once per session to an administrator of a city that has not finished it
 * and has no partner yet (an empty database: the {@code mariadb} profile, or H2 with {@code LEVIER_DEMO=false}).
 * A database with demo data or a finished set-up never sees it.
 */
@Component
class FirstRunRedirect implements VaadinServiceInitListener {

    private static final String OFFERED = FirstRunRedirect.class.getName() + ".offered";

    private final CityIdentityService identities;
    private final PartnerService partners;

    FirstRunRedirect(CityIdentityService identities, PartnerService partners) {
        this.identities = identities;
        this.partners = partners;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session == null
                || auth == null
                || session.getAttribute(OFFERED) != null
                || event.getNavigationTarget() == FirstRunView.class
                || auth.getAuthorities().stream()
                        .noneMatch(a -> a.getAuthority().equals("ROLE_ADMIN"))) {
            return;
        }
        session.setAttribute(OFFERED, Boolean.TRUE);
        if (!identities.setupDone() && partners.count(PartnerFilter.ALL) == 0) {
            event.rerouteTo(FirstRunView.class);
        }
    }
}
