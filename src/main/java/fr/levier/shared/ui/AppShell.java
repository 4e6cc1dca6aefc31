package fr.levier.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Application shell: Lumo theme plus the app's own stylesheet from the top-level {@code frontend/}
 * folder (served as a static resource, so no frontend bundle build is ever needed).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://app/styles/levier.css")
@Meta(name = "author", content = "Levier")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Levier");
        settings.addFavIcon("icon", "app/images/favicon.svg", "any");
    }
}
