package fr.levier.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 10 item 5 in a real browser: a signed-in session stops at its next request once the
 * account is disabled, its role changed, or an admin ends it — no waiting for the idle timeout.
 */
class SessionEndBrowserIT extends BrowserTest {

    private static final String PASSWORD = "a-long-password-1";

    @Autowired
    UserService users;

    @Autowired
    UserSessionService sessions;

    @Autowired
    AsUser as;

    private UserSummary signedInOfficer() {
        String login = "sess" + System.nanoTime() % 1_000_000;
        UserSummary u =
                as.call("admin", () -> users.create(new NewUser(login, "Session Test", null, Role.OFFICER, PASSWORD)));
        loginAs(login, PASSWORD);
        page.navigate(url("partners"));
        page.locator("#current-user").waitFor();
        assertThat(page.url()).endsWith("/partners");
        return u;
    }

    private void assertBackOnTheSignInPage() {
        page.navigate(url("partners"));
        page.waitForURL("**/login");
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("#current-user").count()).isZero();
    }

    @Test
    void disablingAUserEndsItsOpenBrowserSessionAtOnce() {
        UserSummary u = signedInOfficer();

        as.run("admin", () -> users.update(u.id(), u.version(), u.fullName(), null, Role.OFFICER, false));

        assertBackOnTheSignInPage();
    }

    @Test
    void changingTheRoleEndsTheSessionSoTheOldRightsAreGone() {
        UserSummary u = signedInOfficer();

        as.run("admin", () -> users.update(u.id(), u.version(), u.fullName(), null, Role.VIEWER, true));

        assertBackOnTheSignInPage();
        loginAs(u.username(), PASSWORD);
        assertThat(as.call(u.username(), () -> users.findByUsername(u.username()))
                        .orElseThrow()
                        .role())
                .isEqualTo(Role.VIEWER);
    }

    @Test
    void anAdminSeesTheSessionAndEndsIt() {
        UserSummary u = signedInOfficer();
        ActiveSession mine = as.call("admin", () -> sessions.active(0, 500)).stream()
                .filter(s -> s.username().equals(u.username()))
                .findFirst()
                .orElseThrow();
        assertThat(mine.userAgent()).contains("Chrome");

        assertThat(as.call("admin", () -> sessions.end(mine.id()))).isTrue();

        assertBackOnTheSignInPage();
        assertThat(as.call("admin", () -> sessions.active(0, 500)))
                .extracting(ActiveSession::username)
                .doesNotContain(u.username());
    }
}
