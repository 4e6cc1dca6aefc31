package fr.levier.newsletter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.testsupport.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer writes a newsletter in the WYSIWYG editor, picks a small segment and sees who is left out,
 * previews it as a recipient, sends it and watches it go out; the message is in the demo mailbox with
 * the merge field filled in, and the partner page lists it.
 */
class NewsletterBrowserIT extends BrowserTest {

    private static final String SERVER_HAS_EDITOR_CONTENT = """
            () => {
              const host = document.querySelector('#campaign-editor');
              if (!host || !host._quill) { return false; }
              const s = host._quill.root.innerHTML;
              let h = 0;
              for (let i = 0; i < s.length; i++) { h = (Math.imul(31, h) + s.charCodeAt(i)) | 0; }
              return host.getAttribute('data-synced') === String(h);
            }""";

    @Autowired
    NewsletterFixtures fixtures;

    @Test
    void officerComposesAndSendsToASmallSegmentThenSeesItInTheDemoMailbox() {
        Audience a = fixtures.audience("Atelier Navigateur");
        a.consenting("Zoé");
        a.consenting("Yann");
        a.contact(
                fr.levier.partner.Civility.M,
                "Xavier",
                "Retiré",
                a.email("xavier"),
                fr.levier.partner.ConsentStatus.WITHDRAWN,
                fr.levier.partner.LegalBasis.CONSENT);
        String subject = "Rencontres " + NewsletterFixtures.unique();

        loginAs("officer", "levier-demo-2026");
        page.navigate(url("newsletters/new"));
        page.locator("#campaign-subject input").fill(subject);
        Locator editor = page.locator("#campaign-editor .ql-editor");
        editor.click();
        page.keyboard().press("Control+End");
        page.keyboard().type("Le club des entreprises se réunit jeudi.");
        page.locator("#campaign-subject input").click();
        // the server acknowledges the content it received (data-synced: its Java hash); wait until that is
        // the hash of what the editor shows, so the save below sends what was typed
        page.waitForFunction(SERVER_HAS_EDITOR_CONTENT);
        tab("Audience");
        page.locator("#campaign-segment input").fill("Segment");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(a.segmentName()))
                .click();
        assertThat(page.locator("#audience-count")).containsText("2 destinataires sur 3 contacts");
        assertThat(page.locator("#audience-excluded")).containsText("Désinscrits : 1");
        screenshot("newsletter-audience");
        page.locator("#campaign-save").click();
        assertThat(page.locator("#campaign-title")).hasText(subject);

        tab("Aperçu");
        assertThat(page.locator("#campaign-preview"))
                .hasAttribute("srcdoc", java.util.regex.Pattern.compile("Le club des entreprises"));
        documentedScreenshot("newsletter-preview");

        page.locator("#campaign-send").click();
        assertThat(page.locator("#send-dialog-text")).containsText("2 destinataires (1 contacts écartés)");
        page.locator("#send-now").click();
        assertThat(page.locator("#campaign-status"))
                .hasText("Envoyée", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(page.locator("#campaign-progress-text")).containsText("2 envoyés · 0 en attente");
        screenshot("newsletter-sent");

        page.navigate(url("demo-mailbox"));
        Locator grid = page.locator("#demo-mailbox-grid");
        assertThat(grid).containsText(subject);
        assertThat(grid).containsText(a.email("zoé"));
        page.locator("vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(a.email("zoé")))
                .first()
                .click();
        assertThat(page.frameLocator("#demo-mailbox-html").locator("body")).containsText("Bonjour Zoé");
        assertThat(page.locator("pre")).containsText("List-Unsubscribe : <http");
        documentedScreenshot("newsletter-demo-mailbox");

        page.navigate(url("partners/" + a.partnerId()));
        tab("Lettres reçues");
        Locator received = page.locator("#partner-newsletters-grid");
        assertThat(received).isVisible();
        assertThat(received).containsText(subject);
        assertThat(received).containsText("Zoé Test");
        assertThat(received).containsText("Yann Test");
        assertThat(received).containsText("Envoyé");
    }

    private void tab(String label) {
        page.locator("vaadin-tab")
                .filter(new Locator.FilterOptions().setHasText(label))
                .first()
                .click();
    }
}
