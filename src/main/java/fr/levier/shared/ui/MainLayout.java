package fr.levier.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.levier.shared.identity.CityIdentity;
import fr.levier.shared.identity.CityIdentitySource;
import fr.levier.shared.search.SearchHit;
import fr.levier.shared.search.SearchProvider;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;

/**
 * The shell around every signed-in view: side navigation built from the views' {@code @Menu}
 * annotations (only those the user may open), and a header with the language switch, the user and
 * logout. Menu titles are i18n keys.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext authentication;
    private final H1 viewTitle = new H1();

    private final List<SearchProvider> searchProviders;

    private final CityIdentitySource city;

    private final CityLogo logo;

    MainLayout(
            AuthenticationContext authentication,
            List<SearchProvider> searchProviders,
            CityIdentitySource city,
            CityLogo logo) {
        this.authentication = authentication;
        this.searchProviders = searchProviders;
        this.city = city;
        this.logo = logo;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        addToNavbar(true, header());
    }

    private Component brand() {
        Div brand = new Div();
        brand.addClassName("levier-brand");
        Span logo = new Span("Levier");
        logo.addClassName("levier-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("levier-brand-tagline");
        brand.add(logo, tagline);
        // the city's identity: its colours drive Lumo's primary colour, its logo and name head the drawer
        CityIdentity identity = city.current();
        getStyle()
                .set("--lumo-primary-color", identity.primaryColor())
                .set("--lumo-primary-text-color", identity.primaryColor())
                .set("--levier-city-accent", identity.accentColor());
        Div cityBrand = new Div();
        cityBrand.setId("city-brand");
        cityBrand.addClassName("levier-city-brand");
        cityBrand.getStyle().set("border-bottom", "3px solid " + identity.accentColor());
        String logoUrl = this.logo.url();
        if (logoUrl != null) {
            // a shared, cached URL: a data URL would copy the logo (up to 512 kB, a third more in base64)
            // into every session's component tree
            Image cityLogo = new Image(logoUrl, "");
            cityLogo.setId("city-logo");
            cityLogo.setHeight("40px");
            cityBrand.add(cityLogo);
        }
        Span cityName = new Span(identity.name());
        cityName.setId("city-name");
        cityName.getStyle().set("color", identity.primaryColor()).set("font-weight", "600");
        cityBrand.add(cityName);
        brand.add(cityBrand);
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("levier-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component header() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("levier-view-title");

        Select<Locale> language = new Select<>();
        language.setItems(Locale.FRENCH, Locale.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().toUpperCase(Locale.ROOT));
        language.setValue("en".equals(getLocale().getLanguage()) ? Locale.ENGLISH : Locale.FRENCH);
        language.setAriaLabel(getTranslation("header.language"));
        language.setWidth("5.5rem");
        language.setId("language");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                LocaleSupport.switchTo(e.getValue());
            }
        });

        Span user = new Span(
                new Icon(VaadinIcon.USER),
                new Span(authentication.getPrincipalName().orElse("")));
        user.addClassName("levier-user");
        user.setId("current-user");

        Button logout = new Button(
                getTranslation("header.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout right = new HorizontalLayout(search(), language, user, logout);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        right.addClassName("levier-header-right");

        HorizontalLayout bar = new HorizontalLayout(toggle, viewTitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(viewTitle);
        bar.addClassName("levier-header");
        return bar;
    }

    /** The global search: every module's {@link SearchProvider}, queried as the user types. */
    private Component search() {
        ComboBox<SearchHit> box = new ComboBox<>();
        box.setId("global-search");
        box.setPlaceholder(getTranslation("header.search"));
        box.setAriaLabel(getTranslation("header.search"));
        box.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        box.setWidth("22rem");
        box.setItemLabelGenerator(hit -> getTranslation(hit.kindKey()) + " · " + hit.label()
                + (hit.detail() == null || hit.detail().isBlank() ? "" : " — " + hit.detail()));
        box.setItems(query -> {
            String text = query.getFilter().map(String::trim).orElse("");
            int limit = Math.min(query.getLimit(), 30);
            if (text.length() < 2 || query.getOffset() > 0) {
                return java.util.stream.Stream.empty();
            }
            return searchProviders.stream()
                    .flatMap(p -> p.search(text, limit).stream())
                    .limit(limit);
        });
        box.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                String route = e.getValue().route();
                box.clear();
                getUI().ifPresent(ui -> ui.navigate(route));
            }
        });
        return box;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // page titles read "Partenaires – Levier" in the browser tab; the header shows the first part only
        viewTitle.setText(
                MenuConfiguration.getPageHeader(getContent()).orElse("").replaceFirst(" – Levier$", ""));
    }
}
