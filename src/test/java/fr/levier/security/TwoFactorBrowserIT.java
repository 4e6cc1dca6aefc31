package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signing in with two-factor in a real browser, and the History section of a user, as people see them. */
class TwoFactorBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password-1";

    @Autowired
    UserService users;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AsUser as;

    @Test
    void theSecondFactorIsAskedBeforeAnythingElseOpens() {
        String login = "tfab" + System.nanoTime() % 1_000_000;
        as.call("admin", () -> users.create(new NewUser(login, "Double Facteur", null, Role.OFFICER, PASSWORD)));
        TotpEnrolment e = as.call(login, () -> twoFactor.startEnrolment());
        long step = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        as.call(login, () -> twoFactor.confirmEnrolment(Totp.hotp(Base32.decode(e.secret()), "HmacSHA1", step - 1, 6)));

        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(login);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#two-factor-code").waitFor();
        // any other address still shows the two-factor page: the session has no role yet
        page.navigate(url("partners"));
        page.locator("#two-factor-code").waitFor();
        assertThat(page.locator("#current-user").count()).isZero();

        page.locator("#two-factor-code input").fill("000000");
        page.locator("#two-factor-verify").click();
        page.locator("#two-factor-code[invalid]").waitFor();
        screenshot("two-factor-challenge");

        page.locator("#two-factor-code input").fill(Totp.hotp(Base32.decode(e.secret()), "HmacSHA1", step, 6));
        page.locator("#two-factor-verify").click();
        page.locator("#current-user").waitFor();
        page.navigate(url("partners"));
        page.locator("#current-user").waitFor();
        assertThat(page.url()).endsWith("/partners");
    }

    @Test
    void anAdminReadsAUsersHistoryInPlainWords() {
        String login = "histb" + System.nanoTime() % 1_000_000;
        UserSummary u =
                as.call("admin", () -> users.create(new NewUser(login, "Jeanne Avant", null, Role.VIEWER, PASSWORD)));
        as.call("admin", () -> users.update(u.id(), u.version(), "Jeanne Après", null, Role.FINANCE, true));

        loginAs("admin", "levier-demo-2026");
        page.navigate(url("admin/users/" + u.id()));
        page.locator("#history-section").click();
        page.locator("#history-grid").waitFor();
        page.getByText("Jeanne Avant » → « Jeanne Après").first().waitFor();
        screenshot("history-user");
        assertThat(page.locator("#history-grid").innerText())
                .contains("Modification")
                .contains("Finances");
    }
}
