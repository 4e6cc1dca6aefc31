package fr.levier.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.partner.PartnerCount;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.RelationshipStatus;
import fr.levier.security.Role;
import fr.levier.shared.FrenchFormats;
import jakarta.annotation.security.RolesAllowed;

/** Home: a greeting and the headline figures of the network, each computed by an SQL aggregate. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@RolesAllowed(Role.VIEWER_NAME)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(PartnerService partners, AuthenticationContext authentication) {
        addClassName("levier-home");
        H2 hello = new H2(
                getTranslation("home.hello", authentication.getPrincipalName().orElse("")));
        hello.setId("home-hello");
        Paragraph intro = new Paragraph(getTranslation("home.intro"));

        long total = partners.count(PartnerFilter.ALL);
        long active = partners.countByStatus(RelationshipStatus.ACTIVE);
        long prospects = partners.countByStatus(RelationshipStatus.PROSPECT);
        Div cards = new Div(
                card(getTranslation("home.kpi.partners"), total, "home-kpi-partners"),
                card(getTranslation("home.kpi.active"), active, "home-kpi-active"),
                card(getTranslation("home.kpi.prospects"), prospects, "home-kpi-prospects"));
        cards.addClassName("levier-cards");

        Div byType = new Div();
        byType.addClassName("levier-breakdown");
        for (PartnerCount c : partners.countByType()) {
            Span line = new Span(getTranslation("partnerType." + c.type().name()) + " : "
                    + FrenchFormats.count(c.count(), getLocale()));
            line.addClassName("levier-chip");
            byType.add(line);
        }
        Anchor all = new Anchor("partners", getTranslation("home.seePartners"));
        add(hello, intro, cards, new H2(getTranslation("home.byType")), byType, all);
    }

    private Component card(String label, long value, String id) {
        Span number = new Span(FrenchFormats.count(value, getLocale()));
        number.addClassName("levier-card-value");
        Span caption = new Span(label);
        caption.addClassName("levier-card-label");
        Div card = new Div(number, caption);
        card.addClassName("levier-card");
        card.setId(id);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
