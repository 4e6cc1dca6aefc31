package fr.levier.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from {@code LEVIER_ADMIN_USERNAME} / {@code LEVIER_ADMIN_PASSWORD}
 * when no enabled administrator exists (production start on an empty database). Never logs the
 * password.
 */
@Component
@Order(20)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final UserService users;
    private final String username;
    private final String password;

    FirstAdminBootstrap(
            UserService users,
            @Value("${levier.admin.username:}") String username,
            @Value("${levier.admin.password:}") String password) {
        this.users = users;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.hasEnabledAdmin()) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn(
                    "No administrator exists: set LEVIER_ADMIN_USERNAME and LEVIER_ADMIN_PASSWORD and restart to create one.");
            return;
        }
        if (!PasswordPolicy.isAcceptable(password)) {
            log.error(
                    "LEVIER_ADMIN_PASSWORD is too short (at least {} characters): no administrator created.",
                    PasswordPolicy.MIN_LENGTH);
            return;
        }
        users.createUnchecked(new NewUser(username, "Administrateur", null, Role.ADMIN, password));
        log.info("First administrator account created from LEVIER_ADMIN_USERNAME.");
    }
}
