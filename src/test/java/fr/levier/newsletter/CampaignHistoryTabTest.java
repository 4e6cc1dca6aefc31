package fr.levier.newsletter;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import fr.levier.audit.HistoryEntry;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The campaign editor has a History tab, read when opened, listing each change newest first. */
class CampaignHistoryTabTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AsUser as;

    @Test
    void theHistoryTabListsTheCampaignsChanges() {
        CampaignDetails c = as.call(
                "officer", () -> campaigns.create(new CampaignDraft("Avant", null, "<p>Bonjour</p>", null, null)));
        as.call(
                "officer",
                () -> campaigns.update(
                        c.id(), c.version(), new CampaignDraft("Après", null, "<p>Bonjour</p>", null, null)));
        try {
            login("viewer");
            navigate("newsletters/" + c.id());
            TabSheet tabs = _get(TabSheet.class);
            Tab history = _get(Tab.class, s -> s.withId("campaign-history-tab"));
            tabs.setSelectedTab(history);

            @SuppressWarnings("unchecked")
            Grid<HistoryEntry> grid = _get(Grid.class, s -> s.withId("history-grid"));
            assertThat(GridKt._size(grid)).isEqualTo(2);
            assertThat(GridKt._get(grid, 0).kind()).isEqualTo("MOD");
            assertThat(GridKt._get(grid, 0).changes())
                    .containsExactly(new fr.levier.audit.FieldChange("subject", "Avant", "Après"));
            assertThat(GridKt._get(grid, 1).kind()).isEqualTo("ADD");
        } finally {
            as.run("officer", () -> campaigns.delete(c.id()));
        }
    }
}
