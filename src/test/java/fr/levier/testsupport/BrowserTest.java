package fr.levier.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of end-to-end tests in a real headless Chromium ({@code /usr/bin/chromium}, never a
 * downloaded browser) against the shared application context on its random port. One browser per
 * JVM; a fresh browser context (cookies, session) per test.
 */
@IntegrationTest
public abstract class BrowserTest {

    /** Where tests put their screenshots. */
    protected static final Path SCREENSHOTS = Paths.get("target", "screenshots");

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
            String executable = System.getenv().getOrDefault("LEVIER_CHROMIUM", "/usr/bin/chromium");
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(Paths.get(executable))
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

    @BeforeEach
    void openPage() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        browserContext = browser()
                .newContext(new Browser.NewContextOptions()
                        .setViewportSize(1366, 860)
                        .setLocale("fr-FR"));
        browserContext.setDefaultTimeout(20_000);
        page = browserContext.newPage();
    }

    @AfterEach
    void closePage() {
        browserContext.close();
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
}
