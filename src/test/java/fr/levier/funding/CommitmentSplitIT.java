package fr.levier.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In a real browser: an officer creates a commitment, splits it across two projects, and both financing plans show it. */
class CommitmentSplitIT extends BrowserTest {

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    PartnerService partners;

    @Autowired
    FinancingPlanService plans;

    private void pickInCombo(String comboId, String text) {
        page.locator("#" + comboId + " input").click();
        page.locator("#" + comboId + " input").fill(text);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .click();
    }

    private void typeAmount(String fieldId, String value) {
        page.locator("#" + fieldId + " input").fill(value);
        page.locator("#" + fieldId + " input").press("Tab");
    }

    @Test
    void officerCreatesACommitmentSplitAcrossTwoProjectsAndBothPlansUpdate() {
        ProjectDetails a = fx.project("Navigateur Alpha", "15000.00");
        ProjectDetails b = fx.project("Navigateur Bêta", "10000.00");
        String title = "Fonds vert navigateur " + FundingFixtures.unique();
        long funderId = fx.partner(PartnerType.STATE);
        String funder = as.call("viewer", () -> partners.details(funderId)).name();
        loginAs("officer", "levier-demo-2026");

        page.navigate(url("commitments/new?project=" + a.id()));
        pickInCombo("commitment-partner", funder);
        page.locator("#commitment-title input").fill(title);
        typeAmount("commitment-requested", "60000");
        page.locator("#commitment-save").click();
        page.locator("#split-editor").waitFor();
        screenshot("commitment-editor-new");

        // the project we came from is preselected
        assertThat(page.locator("#split-project input")).hasValue(Pattern.compile(".*Navigateur Alpha.*"));
        typeAmount("split-amount", "35000");
        page.locator("#split-add").click();
        page.locator("#split-amount-" + a.id()).waitFor();
        assertThat(page.locator("#split-project input")).hasValue("");
        pickInCombo("split-project", b.code());
        typeAmount("split-amount", "25000");
        page.locator("#split-add").click();
        page.locator("#split-amount-" + b.id()).waitFor();
        assertThat(page.locator("#split-remainder")).hasText(Pattern.compile("Reste à répartir : 0,00\\s€"));
        documentedScreenshot("commitment-editor");
        page.locator("#split-save").click();
        assertThat(page.locator("vaadin-notification-card")
                        .filter(new Locator.FilterOptions().setHasText("Répartition enregistrée")))
                .isVisible();

        page.navigate(url("projects/" + a.id()));
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Plan de financement"))
                .click();
        assertThat(page.locator("#plan-grid")).containsText(funder);
        assertThat(page.locator("#plan-grid")).containsText(Pattern.compile("35\\s000,00"));
        screenshot("financing-plan-alpha");

        page.navigate(url("projects/" + b.id()));
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Plan de financement"))
                .click();
        assertThat(page.locator("#plan-grid")).containsText(funder);
        assertThat(page.locator("#plan-grid")).containsText(Pattern.compile("25\\s000,00"));
    }

    @Test
    void theMorningCheckAndAFinancingPlanWithItsFloorBroken() {
        ProjectDetails project = fx.brokenFloorProject("Plan navigateur");
        List<DeadlineLine> deadlines = as.call("viewer", () -> plans.deadlines(LapseClock.NEAR_DAYS));
        long overdue = deadlines.stream()
                .filter(l -> l.deadline().state() == LapseClock.State.OVERDUE)
                .count();
        loginAs("officer", "levier-demo-2026");
        page.navigate(url("deadlines"));
        assertThat(page.locator("#deadlines-counts"))
                .hasText(FrenchFormats.count(overdue, Locale.FRENCH) + " à risque (dépassées), "
                        + FrenchFormats.count(deadlines.size() - overdue, Locale.FRENCH) + " dans les 90 jours");
        documentedScreenshot("deadlines");
        page.navigate(url("projects"));
        page.locator("#project-filter input").fill(project.code());
        page.locator("#project-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(project.code()))
                .first()
                .click();
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Plan de financement"))
                .click();
        // CGCT L1111-10 III: 20 % of all public money, the city's 100 000 € included
        BigDecimal minimum =
                new BigDecimal("0.20").multiply(new BigDecimal("1000000.00")).setScale(2);
        BigDecimal missing = minimum.subtract(new BigDecimal("100000.00"));
        assertThat(page.locator("#plan-floor")).containsText(FrenchFormats.money(minimum, Locale.FRENCH));
        assertThat(page.locator("#plan-floor")).containsText(FrenchFormats.money(missing, Locale.FRENCH));
        assertThat(page.locator("#plan-floor")).hasAttribute("theme", Pattern.compile(".*error.*"));
        assertThat(page.locator("#plan-leverage")).hasText("9,00");
        page.waitForTimeout(800); // let the grid settle its column widths before the picture
        documentedScreenshot("financing-plan");
    }
}
