package fr.levier;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.LoadState;
import fr.levier.testsupport.ApiClient;
import fr.levier.testsupport.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A tour of every screen as a new administrator would click through it: each menu entry and the
 * main detail pages open without an error, and no text is left untranslated ({@code !key!}).
 * Screenshots of each land in target/screenshots/tour-*.png; those of the partner and project lists
 * and of a commitment are also the documentation's ({@code docs/screenshots/}).
 */
class ScreenTourIT extends BrowserTest {

    private static final Pattern MISSING_KEY = Pattern.compile("![a-zA-Z]+\\.[a-zA-Z0-9.]+!");

    @LocalServerPort
    int port;

    @Test
    void everyScreenOpensCleanlyInFrench() {
        page.setViewportSize(1600, 900);
        loginAs("admin", "levier-demo-2026");
        List<String> paths = new ArrayList<>();
        Locator items = page.locator("vaadin-side-nav-item");
        for (int i = 0; i < items.count(); i++) {
            paths.add(items.nth(i).getAttribute("path"));
        }
        assertThat(paths).contains("", "partners", "contacts", "projects", "deadlines", "commitments", "admin/users");

        ApiClient api = new ApiClient(port).basic("admin", "levier-demo-2026");
        paths.add("partners/"
                + firstId(api.get("/api/partners?type=DEPARTMENT&size=1").body()));
        paths.add(
                "projects/" + firstId(api.get("/api/projects?size=1&sort=code").body()));
        paths.add("commitments/" + firstId(api.get("/api/commitments?size=1").body()));

        for (String path : paths) {
            page.navigate(url(path));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("#current-user").waitFor();
            page.waitForTimeout(1500); // grids compute auto column widths after the first rows arrive
            String text = page.locator("body").innerText();
            assertThat(MISSING_KEY.matcher(text).find())
                    .as("untranslated key on /" + path + ": " + text)
                    .isFalse();
            assertThat(page.locator("vaadin-notification-card[theme~=error]").count())
                    .as("error on /" + path)
                    .isZero();
            String name = "tour-" + (path.isEmpty() ? "home" : path.replaceAll("[^a-z0-9]+", "-"));
            switch (path) {
                case "partners", "projects" -> documentedScreenshot(path);
                default -> {
                    if (path.startsWith("commitments/")) {
                        documentedScreenshot("commitment");
                    } else {
                        screenshot(name);
                    }
                }
            }
        }
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as("an id in " + json).isTrue();
        return m.group(1);
    }
}
