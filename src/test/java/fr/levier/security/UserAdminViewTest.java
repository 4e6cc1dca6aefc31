package fr.levier.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.security.ui.UserAdminView;
import fr.levier.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    AppUserRepository repository;

    @Test
    void anAdminCreatesAUserFromTheScreen() {
        login("admin");
        navigate("admin/users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UserAdminView.class);

        String login = "ui.user" + System.nanoTime() % 100000;
        _click(_get(Button.class, s -> s.withId("new-user")));
        setValue(_get(TextField.class, s -> s.withId("user-username")), login);
        setValue(_get(TextField.class, s -> s.withId("user-fullname")), "Utilisatrice Écran");
        setValue(_get(PasswordField.class, s -> s.withId("user-password")), "un-mot-de-passe-long");
        _click(_get(Button.class, s -> s.withId("user-save")));

        assertThat(repository.findByUsernameIgnoreCase(login)).hasValueSatisfying(u -> {
            assertThat(u.getFullName()).isEqualTo("Utilisatrice Écran");
            assertThat(u.getRole()).isEqualTo(Role.OFFICER);
        });
    }

    @Test
    void aShortPasswordIsShownOnTheFieldAndNothingIsSaved() {
        login("admin");
        navigate("admin/users");
        String login = "ui.short" + System.nanoTime() % 100000;
        _click(_get(Button.class, s -> s.withId("new-user")));
        setValue(_get(TextField.class, s -> s.withId("user-username")), login);
        setValue(_get(TextField.class, s -> s.withId("user-fullname")), "Court");
        setValue(_get(PasswordField.class, s -> s.withId("user-password")), "court");
        _click(_get(Button.class, s -> s.withId("user-save")));

        assertThat(_get(PasswordField.class, s -> s.withId("user-password")).isInvalid())
                .isTrue();
        assertThat(repository.findByUsernameIgnoreCase(login)).isEmpty();
    }

    @Test
    void anOfficerCannotOpenUserAdministration() {
        login("officer");
        assertThatThrownBy(() -> navigate("admin/users")).hasMessageContaining("Access is denied");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(UserAdminView.class);
    }
}
