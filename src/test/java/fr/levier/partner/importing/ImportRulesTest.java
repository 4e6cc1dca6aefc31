package fr.levier.partner.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plain rules of the import, table by table: value proposals, name splitting, similar names. */
class ImportRulesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Collectivité|MUNICIPALITY",
                "collectivites|MUNICIPALITY",
                "COMMUNE|MUNICIPALITY",
                "Établissement public|PUBLIC_AGENCY",
                "EPCI|INTERCOMMUNALITY",
                "Agglo|INTERCOMMUNALITY",
                "Communauté de communes|INTERCOMMUNALITY",
                "CCI|CHAMBER",
                "CMA|CHAMBER",
                "Syndicat mixte|JOINT_SYNDICATE",
                "SEM|SEM_SPL",
                "SPL|SEM_SPL",
                "Bailleur social|SOCIAL_LANDLORD",
                "OPH|SOCIAL_LANDLORD",
                "Entreprise|COMPANY",
                "Company|COMPANY",
                "Licorne|-",
                "Syndicat des eaux potables|-"
            })
    void partnerTypesAreProposedFromWhatPeopleWrite(String cell, String expected) {
        ValueVocabulary types = CodedFields.partnersAndContacts().get(ImportField.TYPE);
        assertThat(types.propose(cell).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"oui|true", "O|true", "x|true", "Non|false", "0|false", "peut-être|-"})
    void yesAndNoInFrenchAndEnglish(String cell, String expected) {
        assertThat(ValueVocabulary.yesNo().propose(cell).orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Jean DUPONT|-|Jean|DUPONT",
                "DUPONT Jean|-|Jean|DUPONT",
                "Jean DE LA FONTAINE|-|Jean|DE LA FONTAINE",
                "Marie-Claire de La Tour|-|Marie-Claire|de La Tour",
                "Mme Sophie Bernard|MME|Sophie|Bernard",
                "M. Luc d'Arcy|M|Luc|d'Arcy",
                "Dupont, Jean|-|Jean|Dupont",
                "Jean Pierre LE GALL|-|Jean Pierre|LE GALL",
                "Cher|-|-|Cher"
            })
    void aFullNameIsSplitSensibly(String full, String civility, String first, String last) {
        PersonNames.Split split = PersonNames.split(full);
        assertThat(split.civility()).isEqualTo(civility);
        assertThat(split.first()).isEqualTo(first);
        assertThat(split.last()).isEqualTo(last);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tannerie chabert|tanneries chabert|true",
                "boulangerie martin|boulangeries martine|true",
                "boulangerie martin|patisserie martin|false",
                "sarl|sas|false",
                "atelier bleu|atelier vert|false"
            })
    void closeNamesAreSimilarNotEqual(String a, String b, boolean similar) {
        assertThat(SimilarNames.similar(a, b)).isEqualTo(similar);
    }
}
