package fr.levier.security.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import fr.levier.security.NewUser;
import fr.levier.security.PasswordPolicy;
import fr.levier.security.Role;
import fr.levier.security.UserSummary;
import java.util.Map;

/**
 * Dialog to create a user or edit one. It owns its binder and fires a {@link SaveEvent}; it saves
 * nothing itself. In edit mode the password field is optional and resets the password when filled.
 */
class UserEditor extends Dialog {

    /** Mutable form state bound to the fields. */
    static final class Draft {
        String username = "";
        String fullName = "";
        String email = "";
        Role role = Role.OFFICER;
        boolean enabled = true;
        String password = "";
    }

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final Select<Role> role = new Select<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private final Binder<Draft> binder = new Binder<>(Draft.class);
    private final Draft draft = new Draft();
    private final boolean creating;

    private UserEditor(boolean creating) {
        this.creating = creating;
        setHeaderTitle(getTranslation(creating ? "users.new" : "users.edit"));
        username.setLabel(getTranslation("users.username"));
        username.setId("user-username");
        fullName.setLabel(getTranslation("users.fullName"));
        fullName.setId("user-fullname");
        email.setLabel(getTranslation("users.email"));
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        enabled.setLabel(getTranslation("users.enabled"));
        password.setLabel(getTranslation(creating ? "users.password" : "users.newPassword"));
        password.setHelperText(getTranslation("users.passwordHelp", PasswordPolicy.MIN_LENGTH));
        password.setId("user-password");

        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(fullName)
                .asRequired(getTranslation("validation.required"))
                .bind(d -> d.fullName, (d, v) -> d.fullName = v);
        binder.forField(email).bind(d -> d.email, (d, v) -> d.email = v);
        binder.forField(role).asRequired(getTranslation("validation.required")).bind(d -> d.role, (d, v) -> d.role = v);
        binder.forField(enabled).bind(d -> d.enabled, (d, v) -> d.enabled = v);
        var passwordBinding = binder.forField(password)
                .withValidator(
                        v -> (!creating && v.isEmpty()) || PasswordPolicy.isAcceptable(v),
                        getTranslation("users.passwordTooShort", PasswordPolicy.MIN_LENGTH));
        passwordBinding.bind(d -> d.password, (d, v) -> d.password = v);

        FormLayout form = new FormLayout(username, fullName, email, role, password, enabled);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (binder.writeBeanIfValid(draft)) {
                fireEvent(new SaveEvent(this, draft));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("40rem");
    }

    static UserEditor forCreation() {
        UserEditor editor = new UserEditor(true);
        editor.binder.readBean(editor.draft);
        editor.enabled.setVisible(false);
        return editor;
    }

    static UserEditor forEdit(UserSummary user) {
        UserEditor editor = new UserEditor(false);
        editor.draft.username = user.username();
        editor.draft.fullName = user.fullName();
        editor.draft.email = user.email() == null ? "" : user.email();
        editor.draft.role = user.role();
        editor.draft.enabled = user.enabled();
        editor.binder.readBean(editor.draft);
        editor.username.setReadOnly(true);
        return editor;
    }

    /** @return the fields by the names services use in their messages */
    Map<String, HasValidation> fields() {
        return Map.of("username", username, "fullName", fullName, "email", email, "role", role, "password", password);
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    boolean isCreating() {
        return creating;
    }

    /** Fired when the user confirms a valid form. */
    static final class SaveEvent extends ComponentEvent<UserEditor> {
        private final Draft draft;

        SaveEvent(UserEditor source, Draft draft) {
            super(source, false);
            this.draft = draft;
        }

        Draft draft() {
            return draft;
        }

        NewUser newUser() {
            return new NewUser(draft.username, draft.fullName, draft.email, draft.role, draft.password);
        }
    }
}
