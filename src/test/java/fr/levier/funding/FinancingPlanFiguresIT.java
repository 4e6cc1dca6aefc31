package fr.levier.funding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerType;
import fr.levier.project.FloorTerms;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.DossierDates;
import fr.levier.shared.FrenchFormats;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real browser: a financing plan whose floor is broken shows, by value, the minimum participation
 * and what is missing (CGCT L1111-10 III, 20 % of all public money, city included), both ways out, the
 * public aid against the eligible expense, the FCTVA line and the HT label. Every figure is computed
 * here from the project and the commitments the test creates.
 */
class FinancingPlanFiguresIT extends BrowserTest {

    private static final BigDecimal RATE = new BigDecimal("0.20");
    private static final BigDecimal FCTVA_RATE = new BigDecimal("0.16404");

    @Autowired
    FundingFixtures fx;

    @Autowired
    AsUser as;

    @Autowired
    CommitmentService commitments;

    /** The amount as the screen writes it, any kind of space matching (the regex runs in the browser). */
    private static String eur(BigDecimal v) {
        return FrenchFormats.money(v, Locale.FRENCH).replaceAll("[\\s\u202f\u00a0]", "\\\\s");
    }

    /** A regex searched in the element's text (Playwright runs it in the browser: no Java-only syntax). */
    private static Pattern contains(String text) {
        return Pattern.compile(text);
    }

    @Test
    void theFloorItsTwoWaysOutThePublicAidTheFctvaAndTheHtLabelByValue() {
        BigDecimal city = new BigDecimal("120000.00");
        BigDecimal region = new BigDecimal("500000.00");
        BigDecimal department = new BigDecimal("330000.00");
        BigDecimal fctvaBase = new BigDecimal("1080000.00");
        ProjectDetails project =
                fx.project("Plan chiffré", city.toPlainString(), true, FloorTerms.NONE.withFctvaBase(fctvaBase));
        for (var grant : new Object[][] {{PartnerType.REGION, region}, {PartnerType.DEPARTMENT, department}}) {
            BigDecimal amount = (BigDecimal) grant[1];
            CommitmentDetails c = fx.awarded(
                    fx.partner((PartnerType) grant[0]),
                    CommitmentKind.GRANT,
                    null,
                    amount.toPlainString(),
                    amount.toPlainString(),
                    DossierDates.NONE);
            as.run("officer", () -> commitments.allocate(new AllocationInput(c.id(), project.id(), amount)));
        }

        // CGCT L1111-10 III as the préfecture reads it: 20 % of all public money, the city's included
        BigDecimal others = region.add(department);
        BigDecimal totalPublic = others.add(city);
        BigDecimal minimum = RATE.multiply(totalPublic).setScale(2, RoundingMode.CEILING);
        BigDecimal missing = minimum.subtract(city);
        // way 1: take the missing amount over from the other public funders, total unchanged
        BigDecimal takeOver = missing;
        // way 2: the least city money c with c ≥ 20 % × (c + others), minus what the city already gives
        BigDecimal c = RATE.multiply(others).divide(BigDecimal.ONE.subtract(RATE), 2, RoundingMode.CEILING);
        while (c.compareTo(RATE.multiply(c.add(others)).setScale(2, RoundingMode.CEILING)) < 0) {
            c = c.add(new BigDecimal("0.01"));
        }
        BigDecimal addCity = c.subtract(city);
        // public aid, city included, against the eligible expense (900 000 € in the fixture)
        BigDecimal eligible = project.eligibleExpense();
        BigDecimal aidAbove = totalPublic.subtract(eligible);
        BigDecimal fctva = fctvaBase.multiply(FCTVA_RATE).setScale(2, RoundingMode.HALF_UP);

        loginAs("officer", "levier-demo-2026");
        page.navigate(url("projects/" + project.id()));
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText("Plan de financement"))
                .click();
        assertThat(page.locator("#plan-floor")).hasText(contains("minimum " + eur(minimum)));
        assertThat(page.locator("#plan-floor")).hasText(contains("il manque " + eur(missing)));
        assertThat(page.locator("#plan-floor")).hasAttribute("theme", Pattern.compile(".*error.*"));
        assertThat(page.locator("#plan-floor-take-over")).hasText(contains("reprendre " + eur(takeOver)));
        assertThat(page.locator("#plan-floor-add-city")).hasText(contains("ajouter " + eur(addCity)));
        // public money already above the eligible expense: adding city money is not the legal way out
        assertThat(page.locator("#plan-floor-add-city")).containsText("seule la solution 1 est légale");
        assertThat(page.locator("#plan-aid")).hasText(contains("supérieurs de " + eur(aidAbove)));
        assertThat(page.locator("#plan-total-public")).hasText(Pattern.compile(eur(totalPublic)));
        assertThat(page.locator("#plan-fctva")).hasText(Pattern.compile(eur(fctva)));
        assertThat(page.locator("#plan-notes")).containsText("Montants hors taxes (HT)");
        assertThat(page.locator("#plan-notes")).containsText("TTC");
        page.waitForTimeout(500);
        screenshot("financing-plan-figures");
    }
}
