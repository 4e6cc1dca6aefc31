package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.levier.shared.StaleRecordException;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Users go through the same stale-version check as every record: who saved, and when. */
@IntegrationTest
class UserConflictTest {

    @Autowired
    UserService users;

    @Autowired
    AsUser as;

    @Test
    void savingAnOutOfDateUserSaysWhoSavedItAndWhen() {
        String login = "conflict-" + UUID.randomUUID().toString().substring(0, 8);
        UserSummary created = as.call(
                "admin", () -> users.create(new NewUser(login, "Avant", null, Role.VIEWER, "a-long-password-1")));
        UserSummary saved =
                as.call("admin", () -> users.update(created.id(), created.version(), "Après", null, Role.VIEWER, true));
        assertThat(saved.version()).isGreaterThan(created.version());

        StaleRecordException stale = catchThrowableOfType(
                StaleRecordException.class,
                () -> as.call(
                        "admin",
                        () -> users.update(created.id(), created.version(), "Trop tard", null, Role.VIEWER, false)));

        assertThat(stale.getUpdatedBy()).isEqualTo("admin");
        assertThat(stale.getUpdatedAt()).isNotNull();
        as.call("admin", () -> users.update(created.id(), saved.version(), "Après", null, Role.VIEWER, false));
    }
}
