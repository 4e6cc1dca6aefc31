package fr.levier.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of end-to-end tests in a real headless Chromium (found by {@link ChromiumLocator}, never a
 * downloaded browser) against the shared application context on its random port. One browser per
 * JVM; a fresh browser context (cookies, session) per test. Without a browser the tests are skipped
 * (a JUnit assumption, before the application context starts), unless {@code
 * LEVIER_REQUIRE_BROWSER=true}, as in CI, where a missing browser fails them.
 */
@IntegrationTest
public abstract class BrowserTest {

    /** Where tests put their working screenshots. */
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    /** Where tests put the screenshots the documentation shows, rewritten on every run. */
    protected static final Path DOCUMENTED_SCREENSHOTS = Paths.get("docs", "screenshots");

    private static final ChromiumLocator.Result CHROMIUM = new ChromiumLocator(System.getenv()).locate();
    private static boolean skipAnnounced;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    private BrowserContext browserContext;

    /** The page of the current test. */
    protected Page page;

    private static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM.executable().orElseThrow())
                            .setHeadless(true)
                            .setArgs(List.of(
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-quic",
                                    "--no-first-run",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    /** Skips (or, when a browser is required, fails) each test, so that the report counts them. */
    private static void requireChromium() {
        if (CHROMIUM.executable().isPresent()) {
            return;
        }
        if (new ChromiumLocator(System.getenv()).browserRequired()) {
            throw new IllegalStateException("LEVIER_REQUIRE_BROWSER=true: " + CHROMIUM.problem());
        }
        announceSkipOnce();
        Assumptions.abort("browser tests skipped: " + CHROMIUM.problem());
    }

    private static synchronized void announceSkipOnce() {
        if (!skipAnnounced) {
            skipAnnounced = true;
            System.err.println("[browser tests skipped] " + CHROMIUM.problem());
        }
    }

    @BeforeEach
    void openPage() throws Exception {
        requireChromium();
        Files.createDirectories(SCREENSHOTS);
        browserContext = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 860)
                        .setLocale("fr-FR"));
        browserContext.setDefaultTimeout(20_000);
        // assertions wait as long as actions: a loaded 2-core CI machine needs more than Playwright's 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        if (browserContext != null) {
            browserContext.close();
        }
    }

    /** @return the absolute URL of a path of the running application */
    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Signs in through the real login form and waits for the main layout. */
    protected void loginAs(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.locator("#current-user").waitFor();
    }

    /** Saves a full-page screenshot under {@code target/screenshots/NAME.png}. */
    protected Path screenshot(String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.waitForTimeout(600); // let dialog and overlay animations finish
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Saves a screenshot under {@code target/screenshots/NAME.png} and copies it to {@code
     * docs/screenshots/NAME.png}, so that the pictures of the documentation are those of the last
     * run of the test exercising the screen, never stale ones.
     */
    protected Path documentedScreenshot(String name) {
        Path file = screenshot(name);
        try {
            Files.createDirectories(DOCUMENTED_SCREENSHOTS);
            Files.copy(file, DOCUMENTED_SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
