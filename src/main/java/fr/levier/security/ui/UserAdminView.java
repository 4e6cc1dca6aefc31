package fr.levier.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.audit.HistoryService;
import fr.levier.audit.ui.HistoryPanel;
import fr.levier.security.Role;
import fr.levier.security.TwoFactorService;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Administration of user accounts: list, create, edit role and status, reset password. The edited
 * user's id is in the URL ({@code /admin/users/12}).
 */
@Route("admin/users")
@Menu(title = "nav.users", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UserAdminView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter LOGIN_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final UserService users;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField filter = new TextField();

    private final HistoryService history;
    private final TwoFactorService twoFactor;

    UserAdminView(UserService users, HistoryService history, TwoFactorService twoFactor) {
        this.users = users;
        this.history = history;
        this.twoFactor = twoFactor;
        setSizeFull();

        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("new-user");

        grid.addColumn(UserSummary::username)
                .setHeader(getTranslation("users.username"))
                .setAutoWidth(true)
                .setKey("username")
                .setSortable(true);
        grid.addColumn(UserSummary::fullName)
                .setHeader(getTranslation("users.fullName"))
                .setAutoWidth(true)
                .setKey("fullName")
                .setSortable(true);
        grid.addColumn(UserSummary::email)
                .setHeader(getTranslation("users.email"))
                .setAutoWidth(true)
                .setKey("email");
        grid.addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("users.role"))
                .setAutoWidth(true)
                .setKey("role")
                .setSortable(true);
        grid.addColumn(u -> getTranslation(u.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> u.lastLoginAt() == null ? "" : LOGIN_TIME.format(u.lastLoginAt()))
                .setHeader(getTranslation("users.lastLogin"))
                .setAutoWidth(true);
        grid.setItems(
                query -> users.find(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) users.count(filter.getValue()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(UserAdminView.class, e.getValue().id()));
            }
        });
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(filter, add);
        toolbar.setWidthFull();
        toolbar.expand(filter);
        add(toolbar, grid);
    }

    private void openCreate() {
        UserEditor editor = UserEditor.forCreation();
        editor.addSaveListener(e -> {
            if (ServiceErrors.run(() -> users.create(e.newUser()), editor.fields())) {
                Notifications.success(getTranslation("users.created"));
                editor.close();
                grid.getDataProvider().refreshAll();
            }
        });
        editor.open();
    }

    private void openEdit(UserSummary user) {
        UserEditor editor = UserEditor.forEdit(user);
        editor.add(HistoryPanel.section(() -> HistoryPanel.of(history, "AppUser", user.id())));
        Button resetTwoFactor = new Button(getTranslation("twoFactor.reset"), e -> {
            twoFactor.reset(user.id());
            Notifications.success(getTranslation("twoFactor.resetDone"));
        });
        resetTwoFactor.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        resetTwoFactor.setId("reset-two-factor");
        editor.getFooter().addComponentAsFirst(resetTwoFactor);
        editor.addSaveListener(e -> {
            UserEditor.Draft d = e.draft();
            if (ServiceErrors.run(
                            () -> users.update(user.id(), user.version(), d.fullName, d.email, d.role, d.enabled),
                            editor.fields())
                    && (d.password == null
                            || d.password.isBlank()
                            || ServiceErrors.run(() -> users.resetPassword(user.id(), d.password), editor.fields()))) {
                Notifications.success(getTranslation("users.saved"));
                editor.close();
                grid.getDataProvider().refreshAll();
            }
        });
        editor.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                getUI().ifPresent(ui -> ui.navigate(UserAdminView.class));
            }
        });
        editor.open();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        users.get(id).ifPresentOrElse(this::openEdit, () -> Notifications.error(getTranslation("users.notFound")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
