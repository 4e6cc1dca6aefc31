package fr.levier.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import fr.levier.shared.search.SearchHit;
import fr.levier.testsupport.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header's search box asks every module's provider and offers hits that lead to the record. */
class GlobalSearchTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private List<SearchHit> typeInSearch(String text) {
        ComboBox<SearchHit> box = _get(ComboBox.class, s -> s.withId("global-search"));
        DataProvider<SearchHit, String> provider = (DataProvider<SearchHit, String>) box.getDataProvider();
        return provider.fetch(new Query<>(0, 20, List.of(), null, text)).toList();
    }

    @Test
    void findsPartnersAndProjectsFromTheHeader() {
        login("officer");
        navigate("");
        List<SearchHit> partners = typeInSearch("Drôme");
        assertThat(partners).anySatisfy(hit -> {
            assertThat(hit.label()).isEqualTo("Département de la Drôme");
            assertThat(hit.route()).matches("partners/\\d+");
        });
        List<SearchHit> projects = typeInSearch("PRJ-016");
        assertThat(projects).anySatisfy(hit -> assertThat(hit.route()).matches("projects/\\d+"));
    }

    @Test
    void oneLetterFindsNothingYet() {
        login("officer");
        navigate("");
        assertThat(typeInSearch("D")).isEmpty();
    }
}
