package fr.levier.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import fr.levier.funding.testsupport.FundingFixtures;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerType;
import fr.levier.project.ProjectDetails;
import fr.levier.shared.search.SearchHit;
import fr.levier.testsupport.AsUser;
import fr.levier.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The header's search box asks every module's provider and offers hits that lead to the record. */
class GlobalSearchTest extends KaribuTest {

    @Autowired
    AsUser as;

    @Autowired
    PartnerService partners;

    @Autowired
    FundingFixtures fx;

    @SuppressWarnings("unchecked")
    private List<SearchHit> typeInSearch(String text) {
        ComboBox<SearchHit> box = _get(ComboBox.class, s -> s.withId("global-search"));
        DataProvider<SearchHit, String> provider = (DataProvider<SearchHit, String>) box.getDataProvider();
        return provider.fetch(new Query<>(0, 20, List.of(), null, text)).toList();
    }

    @Test
    void findsPartnersAndProjectsFromTheHeader() {
        String partnerName = "Fondation Quérylis " + FundingFixtures.unique();
        long partnerId = as.call(
                        "officer",
                        () -> partners.create(PartnerDraft.of(partnerName, PartnerType.FOUNDATION, "Valence"), true))
                .id();
        ProjectDetails project = fx.project("Passerelle Zéphyrine", "300000.00");
        login("officer");
        navigate("");

        List<SearchHit> partnerHits = typeInSearch(partnerName);
        assertThat(partnerHits)
                .filteredOn(hit -> hit.route().equals("partners/" + partnerId))
                .singleElement()
                .satisfies(hit -> assertThat(hit.label()).isEqualTo(partnerName));

        assertThat(typeInSearch(project.code()))
                .filteredOn(hit -> hit.route().startsWith("projects/"))
                .extracting(SearchHit::route)
                .containsExactly("projects/" + project.id());
        assertThat(typeInSearch("Zéphyrine")).extracting(SearchHit::route).contains("projects/" + project.id());
    }

    @Test
    void oneLetterFindsNothingYet() {
        login("officer");
        navigate("");
        assertThat(typeInSearch("D")).isEmpty();
    }
}
