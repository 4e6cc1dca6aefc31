package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.IntegrationTest;
import fr.levier.testsupport.Statements;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The partner list's queries are built from one criteria: every filter narrows the offset rows, the
 * keyset pages, the count and the grid's first page alike; the first page comes with its total in one
 * call, without a count query when the page is not full.
 */
@IntegrationTest
class PartnerListQueriesTest {

    @Autowired
    PartnerService partners;

    @Autowired
    AsUser as;

    @Autowired
    Statements statements;

    private static PartnerDraft draft(
            String name,
            PartnerType type,
            String siret,
            String town,
            String tags,
            RelationshipStatus status,
            String officer) {
        return new PartnerDraft(
                name, null, type, siret, null, null, null, town, null, null, tags, status, officer, false, null, null,
                null, null, null);
    }

    @Test
    void everyFilterNarrowsRowsKeysetPagesCountAndFirstPageAlike() {
        String token = Fixtures.name("Liste critères");
        String siret = Fixtures.siret();
        long a = create(draft(
                token + " A",
                PartnerType.COMPANY,
                null,
                "Valence",
                "numerique,industrie",
                RelationshipStatus.ACTIVE,
                "officer"));
        long b = create(draft(
                token + " B", PartnerType.ASSOCIATION, null, "Die", "culture", RelationshipStatus.PROSPECT, null));
        long c =
                create(draft(token + " C", PartnerType.COMPANY, siret, "Crest", null, RelationshipStatus.ACTIVE, null));

        assertThat(ids(new PartnerFilter(token, null, null))).containsExactly(a, b, c);
        assertThat(ids(new PartnerFilter(token, PartnerType.COMPANY, null))).containsExactly(a, c);
        assertThat(ids(new PartnerFilter(token, null, RelationshipStatus.PROSPECT)))
                .containsExactly(b);
        assertThat(ids(new PartnerFilter(token, null, null, "officer", null))).containsExactly(a);
        assertThat(ids(new PartnerFilter(token, null, null, null, "Industrie"))).containsExactly(a);
        assertThat(ids(new PartnerFilter(token, PartnerType.COMPANY, RelationshipStatus.ACTIVE, null, "culture")))
                .isEmpty();
        // the start of a SIRET finds its partner (and no name or town holds those digits)
        assertThat(ids(new PartnerFilter(siret.substring(0, 9), null, null))).containsExactly(c);
    }

    @Test
    void theFirstPageComesWithItsTotalInOneCallAndCountsOnlyWhenFull() {
        String token = Fixtures.name("Liste première page");
        for (String suffix : List.of("C", "A", "B")) {
            create(draft(token + " " + suffix, PartnerType.FOUNDATION, null, "Peyrins", null, null, null));
        }
        PartnerFilter filter = new PartnerFilter(token, PartnerType.FOUNDATION, null);

        PartnerPage all = statements(1, () -> partners.firstPage(filter, false, 50));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.rows())
                .extracting(PartnerSummary::name)
                .containsExactly(token + " A", token + " B", token + " C");

        PartnerPage two = statements(2, () -> partners.firstPage(filter, true, 2));
        assertThat(two.total()).isEqualTo(3);
        assertThat(two.rows()).extracting(PartnerSummary::name).containsExactly(token + " C", token + " B");
    }

    /** The ids found by each list query, which must all agree; in name order. */
    private List<Long> ids(PartnerFilter filter) {
        return as.call("viewer", () -> {
            List<Long> byOffset = partners.find(filter, PageRequest.of(0, 50, Sort.by("name"))).stream()
                    .map(PartnerSummary::id)
                    .toList();
            PartnerPage first = partners.firstPage(filter, false, 1);
            assertThat(first.total()).isEqualTo(byOffset.size());
            assertThat(partners.count(filter)).isEqualTo(byOffset.size());
            if (!byOffset.isEmpty()) {
                assertThat(first.rows()).extracting(PartnerSummary::id).containsExactly(byOffset.getFirst());
                PartnerSummary head = first.rows().getFirst();
                assertThat(partners.after(filter, PartnerKey.of(head), false, 50))
                        .extracting(PartnerSummary::id)
                        .containsExactlyElementsOf(byOffset.subList(1, byOffset.size()));
                PartnerSummary tail = partners.after(filter, null, true, 1).getFirst();
                assertThat(partners.after(filter, PartnerKey.of(tail), true, 50).reversed())
                        .extracting(PartnerSummary::id)
                        .containsExactlyElementsOf(byOffset.subList(0, byOffset.size() - 1));
            }
            return byOffset;
        });
    }

    private long create(PartnerDraft draft) {
        return as.call("officer", () -> partners.create(draft, true)).id();
    }

    /** Runs the work as the viewer and checks how many statements it sent. */
    private <T> T statements(int expected, Supplier<T> work) {
        Statements.Counted<T> counted = as.call("viewer", () -> statements.count(work));
        assertThat(counted.statements()).as("statements sent").isEqualTo(expected);
        return counted.result();
    }
}
