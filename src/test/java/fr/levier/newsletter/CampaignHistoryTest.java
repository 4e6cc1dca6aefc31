package fr.levier.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.audit.FieldChange;
import fr.levier.audit.HistoryEntry;
import fr.levier.audit.HistoryService;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Campaigns are audited and their History reads a page at a time: on a campaign with 2 000 revisions,
 * the first page (and a page in the middle) is read by queries that return a page's worth of rows, not
 * the whole history (counted by Hibernate's statistics, switched on for the call only).
 */
@IntegrationTest
class CampaignHistoryTest {

    private static final int REVISIONS = 2_000;
    private static final int PAGE = 50;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignRepository repository;

    @Autowired
    HistoryService history;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    AsUser as;

    @Test
    void aCampaignWithThousandsOfRevisionsOpensItsHistoryFromAPagedQuery() {
        CampaignDetails created = as.call(
                "officer", () -> campaigns.create(new CampaignDraft("Objet 1", null, "<p>Bonjour</p>", null, null)));
        long id = created.id();
        // 1 999 more revisions, one transaction each, as an officer editing the subject again and again
        as.run("officer", () -> {
            for (int i = 2; i <= REVISIONS; i++) {
                String subject = "Objet " + i;
                tx.executeWithoutResult(s -> repository
                        .findById(id)
                        .orElseThrow()
                        .apply(new CampaignDraft(subject, null, "<p>Bonjour</p>", null, null)));
            }
        });

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        stats.setStatisticsEnabled(true);
        List<HistoryEntry> first;
        long rowsForFirstPage;
        List<HistoryEntry> middle;
        long rowsForMiddlePage;
        try {
            first = as.call("viewer", () -> history.page("Campaign", id, 0, PAGE));
            rowsForFirstPage = rowsRead(stats);
            stats.clear();
            middle = as.call("viewer", () -> history.page("Campaign", id, 1_000, PAGE));
            rowsForMiddlePage = rowsRead(stats);
        } finally {
            stats.setStatisticsEnabled(false);
            stats.clear();
        }

        assertThat(as.call("viewer", () -> history.count("Campaign", id))).isEqualTo(REVISIONS);
        assertThat(first).hasSize(PAGE);
        assertThat(first.get(0).kind()).isEqualTo("MOD");
        assertThat(first.get(0).username()).isEqualTo("officer");
        assertThat(first.get(0).changes()).containsExactly(new FieldChange("subject", "Objet 1999", "Objet 2000"));
        assertThat(first.get(PAGE - 1).changes())
                .containsExactly(new FieldChange("subject", "Objet 1950", "Objet 1951"));
        // revision 1 000 of 2 000, newest first: the subject went from "Objet 999" to "Objet 1000"
        assertThat(middle.get(0).changes()).containsExactly(new FieldChange("subject", "Objet 999", "Objet 1000"));
        // a page of revisions plus one "state before" row per revision: a page's worth, not 2 000
        assertThat(rowsForFirstPage).isBetween((long) PAGE, 2L * PAGE + 10);
        assertThat(rowsForMiddlePage).isBetween((long) PAGE, 2L * PAGE + 10);

        as.run("officer", () -> campaigns.delete(id));
    }

    private static long rowsRead(Statistics stats) {
        return Arrays.stream(stats.getQueries())
                .mapToLong(q -> stats.getQueryStatistics(q).getExecutionRowCount())
                .sum();
    }
}
