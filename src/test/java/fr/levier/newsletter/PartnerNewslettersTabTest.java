package fr.levier.newsletter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import fr.levier.newsletter.testsupport.NewsletterFixtures;
import fr.levier.newsletter.testsupport.NewsletterFixtures.Audience;
import fr.levier.partner.Civility;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.LegalBasis;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The partner page's "Lettres reçues" tab lists, per contact, the newsletters sent to them with the date
 * and status, newest first, from a lazy grid over the outbox.
 */
class PartnerNewslettersTabTest extends KaribuTest {

    @Autowired
    NewsletterFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AsUser as;

    @Test
    void thePartnerPageListsEachContactsNewslettersWithDateAndStatus() {
        Audience a = fixtures.audience("Onglet Lettres");
        a.contact(Civility.MME, "Lina", "Onglet", a.email("lina"), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        a.contact(Civility.M, "Marc", "Onglet", a.email("marc"), ConsentStatus.GRANTED, LegalBasis.CONSENT);
        long first = send(a, "Printemps " + NewsletterFixtures.unique());
        long second = send(a, "Été " + NewsletterFixtures.unique());
        // Marc's second message bounced later (a delivery report): it shows as failed
        jdbc.update(
                "update campaign_recipient set status = 'FAILED' where campaign_id = ? and email = ?",
                second,
                a.email("marc"));

        login("viewer");
        navigate("partners/" + a.partnerId());
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_get(Tab.class, s -> s.withLabel("Lettres reçues")));
        @SuppressWarnings("unchecked")
        Grid<NewsletterReceived> grid = _get(Grid.class, s -> s.withId("partner-newsletters-grid"));

        assertThat(GridKt._size(grid)).isEqualTo(4);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            List<String> cells = GridKt._getFormattedRow(grid, i);
            rows.add(cells.get(0) + " | " + cells.get(1) + " | " + cells.get(3));
            assertThat(cells.get(2)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        }
        String summer = subject(second);
        String spring = subject(first);
        assertThat(rows.subList(0, 2))
                .containsExactlyInAnyOrder(
                        "Lina Onglet | " + summer + " | Envoyé", "Marc Onglet | " + summer + " | Échec");
        assertThat(rows.subList(2, 4))
                .containsExactlyInAnyOrder(
                        "Lina Onglet | " + spring + " | Envoyé", "Marc Onglet | " + spring + " | Envoyé");
    }

    private long send(Audience a, String subject) {
        CampaignDetails c = as.call(
                "officer",
                () -> campaigns.create(new CampaignDraft(subject, null, "<p>Bonjour</p>", a.segmentId(), null)));
        as.call("officer", () -> campaigns.send(c.id(), null));
        for (int i = 0;
                i < 10 && as.call("viewer", () -> campaigns.progress(c.id())).pending() > 0;
                i++) {
            dispatcher.drain(20);
        }
        try {
            Thread.sleep(5); // the second campaign's messages are strictly newer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return c.id();
    }

    private String subject(long campaignId) {
        return as.call("viewer", () -> campaigns.get(campaignId)).draft().subject();
    }
}
