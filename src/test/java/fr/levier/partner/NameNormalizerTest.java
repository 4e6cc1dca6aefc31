package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SARL Tannerie du Vercors | tannerie du vercors",
                "tannerie du vercors (S.A.R.L.) | tannerie du vercors",
                "Tannerie  du   Vercors SAS | tannerie du vercors",
                "TANNERIE DU VERCORS | tannerie du vercors",
                "Préfecture de la Drôme | prefecture de la drome",
                "PREFECTURE DE LA DROME | prefecture de la drome",
                "Bâtiment Œuvre & Fils, S.A. | batiment oeuvre fils",
                "Société Générale | generale",
                "Ets Martin et Cie | martin et",
                "Agence de l'eau Rhône-Méditerranée | agence de l eau rhone mediterranee",
                "SAS | ''",
            })
    void organisationNamesCompareWithoutCaseAccentsPunctuationAndLegalForms(String name, String expected) {
        assertThat(NameNormalizer.organisation(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Romans-sur-Isère | romans sur isere",
                "  Bourg-de-Péage | bourg de peage",
                "SAINT-PAUL-LÈS-ROMANS | saint paul les romans"
            })
    void townsAreSimplified(String town, String expected) {
        assertThat(NameNormalizer.simplify(town)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Département de la Drôme | departement,de,la,drome", "Valence Romans Agglo | valence,romans,agglo"
            })
    void tokensAreTheDistinctSimplifiedWords(String text, String tokens) {
        assertThat(NameNormalizer.tokens(text)).containsExactly(tokens.split(","));
    }
}
