package fr.levier.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import fr.levier.security.ApiTokenScope;
import fr.levier.security.ApiTokenService;
import fr.levier.security.ApiTokenSummary;
import fr.levier.security.CreatedApiToken;
import fr.levier.security.Role;
import fr.levier.security.UserService;
import fr.levier.security.UserSummary;
import fr.levier.shared.FrenchFormats;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.Notifications;
import fr.levier.shared.ui.ServiceErrors;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Administration of REST API tokens: create (secret shown once), list, revoke. */
@Route("admin/api-tokens")
@Menu(title = "nav.apiTokens", order = 91, icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private final ApiTokenService tokens;
    private final UserService users;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    ApiTokenView(ApiTokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
        setSizeFull();

        Button create = new Button(getTranslation("tokens.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-token");
        Button revoke = new Button(getTranslation("tokens.revoke"), VaadinIcon.BAN.create(), e -> confirmRevoke());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(false);

        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("tokens.name"));
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("tokens.prefix"));
        grid.addColumn(t -> getTranslation("tokens.scope." + t.scope().name()))
                .setHeader(getTranslation("tokens.scope"));
        grid.addColumn(ApiTokenSummary::owner).setHeader(getTranslation("tokens.owner"));
        grid.addColumn(t -> t.createdAt() == null ? "" : TIME.format(t.createdAt()))
                .setHeader(getTranslation("tokens.created"));
        grid.addColumn(t -> FrenchFormats.date(t.expiresOn())).setHeader(getTranslation("tokens.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? "" : TIME.format(t.lastUsedAt()))
                .setHeader(getTranslation("tokens.lastUsed"));
        grid.addColumn(t -> getTranslation(t.revoked() ? "tokens.revoked" : "tokens.active"))
                .setHeader(getTranslation("tokens.status"));
        grid.setItems(
                q -> tokens.find(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(), q -> (int) tokens.count());
        grid.asSingleSelect()
                .addValueChangeListener(e ->
                        revoke.setEnabled(e.getValue() != null && !e.getValue().revoked()));
        grid.setSizeFull();

        Paragraph help = new Paragraph(getTranslation("tokens.help"));
        help.addClassName("levier-help");
        add(new HorizontalLayout(create, revoke), help, grid);
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("tokens.new"));
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setRequired(true);
        name.setId("token-name");
        Select<UserSummary> owner = new Select<>();
        owner.setLabel(getTranslation("tokens.owner"));
        owner.setId("token-owner");
        owner.setItems(users.find(null, org.springframework.data.domain.PageRequest.of(0, 500))
                .getContent());
        owner.setItemLabelGenerator(u -> u.fullName() + " (" + u.username() + ", "
                + getTranslation("role." + u.role().name()) + ")");
        DatePicker expires = new FrenchDatePicker(getTranslation("tokens.expires"));
        Select<ApiTokenScope> scope = new Select<>();
        scope.setLabel(getTranslation("tokens.scope"));
        scope.setId("token-scope");
        scope.setItems(ApiTokenScope.values());
        scope.setValue(ApiTokenScope.API);
        scope.setItemLabelGenerator(v -> getTranslation("tokens.scope." + v.name()));
        scope.setHelperText(getTranslation("tokens.scopeHelp"));
        dialog.add(new FormLayout(name, owner, expires, scope));
        Button ok = new Button(getTranslation("tokens.create"), e -> {
            CreatedApiToken[] created = new CreatedApiToken[1];
            boolean done = ServiceErrors.run(
                    () -> created[0] = tokens.create(
                            name.getValue(),
                            owner.getValue() == null ? null : owner.getValue().username(),
                            expires.getValue(),
                            scope.getValue()),
                    Map.of("name", name, "owner", owner, "expiresOn", expires));
            if (done) {
                dialog.close();
                grid.getDataProvider().refreshAll();
                showSecret(created[0]);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("token-create");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void showSecret(CreatedApiToken created) {
        Dialog dialog = new Dialog(getTranslation("tokens.secretTitle"));
        TextField secret = new TextField();
        secret.setValue(created.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setId("token-secret");
        dialog.add(new Paragraph(getTranslation("tokens.secretHelp")), secret);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("36rem");
        dialog.open();
    }

    private void confirmRevoke() {
        grid.asSingleSelect().getOptionalValue().ifPresent(token -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    getTranslation("tokens.revoke"),
                    getTranslation("tokens.revokeConfirm", token.name()),
                    getTranslation("tokens.revoke"),
                    e -> {
                        tokens.revoke(token.id());
                        grid.getDataProvider().refreshAll();
                        Notifications.success(getTranslation("tokens.revokedDone"));
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
