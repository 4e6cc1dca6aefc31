package fr.levier.operations.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.operations.RgpdRegister;
import fr.levier.operations.RgpdRegisterService;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** The RGPD register for admins, generated from the configured processing activities. */
@Route("admin/rgpd-register")
@Menu(title = "nav.rgpdRegister", order = 96, icon = "vaadin:book")
@RolesAllowed("ADMIN")
public class RgpdRegisterView extends VerticalLayout implements HasDynamicTitle {

    RgpdRegisterView(RgpdRegisterService service) {
        RgpdRegister register = service.register();
        add(new Paragraph(getTranslation("rgpd.intro", register.controller())));
        for (RgpdRegister.Processing p : register.processings()) {
            Div card = new Div();
            card.addClassName("levier-rgpd-processing");
            card.add(new H3(p.name()));
            card.add(row("rgpd.purpose", p.purpose()));
            card.add(row("rgpd.legalBasis", p.legalBasis()));
            card.add(row("rgpd.subjects", p.subjects()));
            card.add(row("rgpd.data", String.join(", ", p.data())));
            card.add(row("rgpd.retention", p.retention()));
            card.add(row(
                    "rgpd.access",
                    p.access().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", "))));
            card.add(row("rgpd.recipients", p.recipients()));
            card.add(row("rgpd.safeguards", p.safeguards()));
            add(card);
        }
    }

    private Paragraph row(String key, String value) {
        Paragraph p = new Paragraph();
        p.getElement().setProperty("innerHTML", "");
        com.vaadin.flow.component.html.Span label =
                new com.vaadin.flow.component.html.Span(getTranslation(key) + " : ");
        label.getStyle().set("font-weight", "600");
        p.add(label, new com.vaadin.flow.component.html.Span(value == null ? "" : value));
        return p;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rgpd.title") + " – Levier";
    }
}
