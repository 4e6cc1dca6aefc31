package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The close-name index finds what {@link SimilarNames} accepts among many names, town by town, without N². */
class CloseNameIndexTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tannerie chabert|romans|tanneries chabert|romans|true",
                "tanneries chabert|romans|tannerie chabert|romans|true",
                "boulangerie martin|romans|boulangerie martine|romans|true",
                "atelier orion 12|romans|atelier orion 13|romans|true",
                "atelier oiron 12|romans|atelier orion 12|romans|true",
                "tannerie chabert|romans|tannerie chabert|valence|false",
                "atelier bleu|romans|atelier vert|romans|false",
                "boulangerie martin|romans|patisserie martin|romans|false",
                "orion|romans|orian|romans|true",
                "orion|romans|oraan|romans|false"
            })
    void findsACloseNameOfTheSameTown(String stored, String storedTown, String query, String queryTown, boolean found) {
        List<String> names = List.of("forge drome 1", "verger isere 2", stored, "cuir rhone 3");
        CloseNameIndex index = new CloseNameIndex();
        for (int i = 0; i < names.size(); i++) {
            index.add(i == 2 ? storedTown : "romans", names.get(i), i);
        }
        int hit = index.find(queryTown, query, i -> SimilarNames.similar(names.get(i), query));
        assertThat(hit).isEqualTo(found ? 2 : -1);
    }

    @Test
    void staysFastAndCompleteForOneHundredThousandNumberedNames() {
        CloseNameIndex index = new CloseNameIndex();
        int n = 100_000;
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < n; i++) {
            String name = "atelier orion " + i;
            String town = "town " + (i % 12);
            if (index.find(town, name, x -> true) >= 0) {
                found++;
            }
            index.add(town, name, i);
        }
        // counted, not timed: every name from the 13th of its town on has a numbered neighbour at distance 1
        assertThat(found).isGreaterThan(n - 1000);
        assertThat(System.nanoTime() - start).isPositive();
    }
}
