package fr.levier.partner.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.levier.partner.importing.ImportService;
import fr.levier.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The import screen: the import wizard with a choice of what the file holds. */
@Route("imports")
@Menu(title = "nav.imports", order = 24, icon = "vaadin:upload")
@RolesAllowed(Role.OFFICER_NAME)
public class ImportView extends ImportPanel implements HasDynamicTitle {

    ImportView(ImportService imports) {
        super(imports, null);
        addComponentAsFirst(new Paragraph(getTranslation("import.help")));
        addComponentAsFirst(new H2(getTranslation("import.title")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
