package fr.levier.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.FilePayload;
import fr.levier.LevierApplication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A new city's first run, in headless Chromium, on an EMPTY database. The suite's shared context carries
 * demo data, so this test starts its own application (same code, {@code test} profile) on a fresh in-memory
 * H2 database without demo data and with a bootstrap administrator, and closes it afterwards; the shared
 * context is untouched. Always H2, even when the suite runs on MariaDB: what is tested is the empty start.
 */
class FirstRunBrowserIT {

    private static final String ADMIN = "maire";
    private static final String PASSWORD = "Premiere-Installation-2026";

    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static int port;

    private static org.springframework.security.core.context.SecurityContextHolderStrategy suiteStrategy;

    @BeforeAll
    static void startAnEmptyCity() {
        var locator = new fr.levier.testsupport.ChromiumLocator(System.getenv());
        var chromium = locator.locate();
        if (chromium.executable().isEmpty()) {
            if (locator.browserRequired()) {
                throw new IllegalStateException("LEVIER_REQUIRE_BROWSER=true: " + chromium.problem());
            }
            System.err.println("[browser tests skipped] " + chromium.problem());
            org.junit.jupiter.api.Assumptions.abort("browser tests skipped: " + chromium.problem());
        }
        // a second application in this JVM installs its own security-context strategy globally: keep the
        // suite's to put it back, or every later test's authentication would go to the wrong holder
        suiteStrategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        app = new SpringApplicationBuilder(LevierApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:h2:mem:first-run;MODE=MariaDB;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--spring.datasource.username=sa",
                        "--spring.datasource.password=",
                        "--levier.demo.enabled=false",
                        "--levier.admin.username=" + ADMIN,
                        "--levier.admin.password=" + PASSWORD,
                        "--spring.mail.port=3026");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium.executable().get())
                        .setHeadless(true)
                        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
        if (suiteStrategy != null) {
            org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(suiteStrategy);
        }
    }

    private static byte[] sample(String file) throws IOException {
        try (InputStream in = FirstRunBrowserIT.class.getResourceAsStream("/samples/" + file)) {
            return in.readAllBytes();
        }
    }

    private static void importStep(Page page, String file, String expectedSummary) throws IOException {
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload(file, "text/csv", sample(file)));
        page.locator("#import-dry-run").click();
        assertThat(page.locator("#import-summary")).containsText(expectedSummary);
        assertThat(page.locator("#import-summary")).containsText("1 lignes rejetées");
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-progress")).containsText("Import terminé");
    }

    @Test
    void anAdministratorSetsUpTheCityAndImportsItsSpreadsheetsDownToThePortfolio() throws Exception {
        Path shots = Paths.get("target", "screenshots");
        Files.createDirectories(shots);
        var context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale("fr-FR"));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        String base = "http://localhost:" + port + "/";
        page.navigate(base + "login");
        page.locator("vaadin-login-form input[name=username]").fill(ADMIN);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();

        page.locator("#current-user").waitFor();
        // an empty database: the assistant is offered at once
        page.locator("#first-run-steps").waitFor();
        page.locator("#city-name-field input").fill("Ville de Peyrins");
        page.locator("#city-siren-field input").fill("212602817");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("first-run-identity.png"))
                .setFullPage(true));
        page.locator("#first-run-next").click();
        assertThat(page.locator("#user-username")).isVisible();
        // the officer the sample projects name (an unknown officer refuses the line)
        page.locator("#user-username input").fill("officer");
        page.locator("#user-fullname input").fill("Paul Chargé");
        page.locator("#user-password input").fill("Rhubarbe-Cadran-Ocre-7");
        page.locator("#user-add").click();
        assertThat(page.locator("#first-run-users")).containsText("Paul Chargé (officer)");
        page.locator("#first-run-next").click();
        page.getByText("Importez vos partenaires").waitFor();
        importStep(page, "partenaires-exemple.csv", "5 à créer");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("first-run-partners.png"))
                .setFullPage(true));
        page.locator("#first-run-next").click();
        page.getByText("Importez vos projets").waitFor();
        importStep(page, "projets-exemple.csv", "2 à créer");
        page.locator("#first-run-next").click();
        page.getByText("Importez vos financements").waitFor();
        importStep(page, "financements-exemple.csv", "2 à créer");
        assertThat(page.locator("#import-warnings")).containsText("PARC-2026");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("first-run-commitments.png"))
                .setFullPage(true));
        page.locator("#first-run-next").click();

        page.waitForURL("**/projects");
        assertThat(page.locator("#city-name")).hasText("Ville de Peyrins");
        assertThat(page.locator("body")).containsText("HALLE-2026");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(shots.resolve("first-run-portfolio.png"))
                .setFullPage(true));
        context.close();
    }
}
