package fr.levier;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import fr.levier.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;

/** A new user's first minute, in a real browser: sign in, see the home view and navigation, sign out. */
class LoginBrowserIT extends BrowserTest {

    @Test
    void officerSignsInSeesHomeAndNavigationThenSignsOut() {
        page.navigate(url(""));
        page.waitForURL("**/login");
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form")).isVisible();
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form vaadin-button[slot=submit]"))
                .hasText("Se connecter");
        documentedScreenshot("login");

        loginAs("officer", "levier-demo-2026");

        PlaywrightAssertions.assertThat(page.locator("#home-hello")).hasText("Bonjour officer");
        PlaywrightAssertions.assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Partenaires")))
                .isVisible();
        // officers land on "My day"
        assertThat(page.locator("#my-tasks-section h3").innerText())
                .matches("Mes tâches \\(\\d[\\d\\u00a0\\u202f ]* ouvertes?\\)");
        // officers do not see administration
        assertThat(page.locator("vaadin-side-nav-item")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Utilisateurs"))
                        .count())
                .isZero();
        documentedScreenshot("home");

        // English on demand: the choice survives the reload
        page.locator("#language").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("EN"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("#home-hello")).hasText("Hello officer");
        PlaywrightAssertions.assertThat(page.locator("#logout")).hasText("Log out");
        page.locator("#language").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("FR"))
                .click();
        PlaywrightAssertions.assertThat(page.locator("#home-hello")).hasText("Bonjour officer");

        page.locator("#logout").click();
        page.waitForURL("**/login");
    }

    @Test
    void wrongPasswordShowsTheErrorAndStaysOnLogin() {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill("officer");
        page.locator("vaadin-login-form input[name=password]").fill("not-the-password");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL("**/login?error");
        PlaywrightAssertions.assertThat(page.locator("vaadin-login-form"))
                .containsText("Identifiant ou mot de passe incorrect");
    }

    @Test
    void adminCreatesAnApiTokenAndSeesItsSecretOnce() {
        loginAs("admin", "levier-demo-2026");
        page.navigate(url("admin/api-tokens"));
        page.locator("#new-token").click();
        page.locator("#token-name input").fill("Export comptable " + System.nanoTime());
        page.locator("#token-owner").click();
        page.locator("vaadin-select-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("finance"))
                .first()
                .click();
        page.locator("#token-create").click();
        PlaywrightAssertions.assertThat(page.locator("#token-secret input"))
                .hasValue(java.util.regex.Pattern.compile("^lev_.{20,}"));
        documentedScreenshot("api-token-created");
        page.navigate(url("admin/users"));
        PlaywrightAssertions.assertThat(page.locator("vaadin-grid")).containsText("Julien Marchetti");
        documentedScreenshot("users-admin");
    }
}
