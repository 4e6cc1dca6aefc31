package fr.levier.partner;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import fr.levier.partner.importing.*;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * An officer imports a small French Excel-style CSV (Windows-1252, semicolons, French numbers) with
 * faulty lines, reads the dry-run report, applies it; and the partner page and merge screen render.
 */
class ImportBrowserIT extends BrowserTest {

    @Autowired
    PartnerService partners;

    @Autowired
    ContactService contacts;

    @Autowired
    AsUser as;

    @Test
    void officerImportsAFrenchCsvSeesFaultyLinesInTheReportThenApplies() throws Exception {
        String name = Fixtures.name("Biscuiterie Navigateur");
        String csv = String.join(
                "\r\n",
                "Raison sociale;SIRET;Type;Commune;Cotisation",
                name + ";;Entreprise;Romans-sur-Isère;1 234,50 €",
                "Imprimerie Chiffres Faux;732 829 320 00075;Entreprise;Valence;",
                "Menuiserie Sans Le Sou;;Entreprise;Valence;beaucoup",
                ";;Association;Die;",
                "");
        loginAs("officer", "levier-demo-2026");
        page.navigate(url("imports"));
        page.locator("#import-upload input[type=file]")
                .setInputFiles(new FilePayload("export-cci.csv", "text/csv", csv.getBytes(TabularReader.WINDOWS_1252)));
        assertThat(page.locator("#import-detected")).containsText("windows-1252");
        page.locator("#import-dry-run").click();
        assertThat(page.locator("#import-summary")).containsText("1 à créer");
        assertThat(page.locator("#import-summary")).containsText("3 lignes rejetées");
        assertThat(page.locator("#import-report")).containsText("SIRET invalide");
        assertThat(page.locator("#import-report")).containsText("Nombre illisible");
        assertThat(page.locator("#import-report")).containsText("Biscuiterie Navigateur");
        page.locator("#import-report").scrollIntoViewIfNeeded();
        documentedScreenshot("import-report");
        page.locator("#import-apply").click();
        assertThat(page.locator("#import-progress")).containsText("Import terminé : 1");
        screenshot("import-done");

        long id = as.call("viewer", () -> partners.find(new PartnerFilter(name, null, null), PageRequest.of(0, 1)))
                .getContent()
                .get(0)
                .id();
        // the partner page and the merge screen, on partners of the test's own
        String twin = Fixtures.name("Biscuiterie Navigateur");
        long imported = id;
        long lookAlike = as.call(
                        "officer",
                        () -> partners.create(PartnerDraft.of(twin, PartnerType.COMPANY, "Romans-sur-Isère"), true))
                .id();
        ContactDetails person = as.call(
                "officer", () -> contacts.create(ContactDraft.of("Éloïse", Fixtures.name("Garnier"), null), true));
        as.call(
                "officer",
                () -> contacts.affiliate(
                        new AffiliationDraft(person.id(), imported, "Gérante", java.time.LocalDate.of(2024, 3, 1))));
        page.navigate(url("partners/" + imported));
        assertThat(page.locator("#partner-title"))
                .hasText(name, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
        page.locator("vaadin-tab")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Contacts"))
                .first()
                .click();
        assertThat(page.locator("#partner-contacts")).containsText(person.lastName());
        documentedScreenshot("partner-page");
        page.navigate(url("partners/merge/" + imported + "/" + lookAlike));
        assertThat(page.locator("#merge-do")).isVisible();
        documentedScreenshot("merge-screen");
    }
}
