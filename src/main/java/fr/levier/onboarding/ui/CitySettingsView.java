package fr.levier.onboarding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.onboarding.CityIdentityService;
import fr.levier.security.Role;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** The city's identity (name, SIREN, logo, colours) as used by the header, exports and e-mails. */
@Route("settings/city")
@Menu(title = "nav.citySettings", order = 91, icon = "vaadin:building")
@RolesAllowed(Role.ADMIN_NAME)
public class CitySettingsView extends VerticalLayout implements HasDynamicTitle {

    CitySettingsView(CityIdentityService identities) {
        CityIdentityForm form = new CityIdentityForm(identities.current());
        form.addSaveListener(e -> {
            if (ServiceErrors.run(() -> identities.save(e.input()), Map.of("name", form.name, "siren", form.siren))) {
                Notifications.success(getTranslation("identity.saved"));
                // the header is built with the layout: reload to show the new identity
                UI.getCurrent().getPage().reload();
            }
        });
        Button save = new Button(getTranslation("identity.save"), e -> form.save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("city-save");
        add(new H2(getTranslation("identity.title")), new Paragraph(getTranslation("identity.help")), form, save);
        setMaxWidth("900px");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.title");
    }
}
