package fr.levier.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Attachments: allow-listed extensions whose first bytes match. */
class DocumentTypesTest {

    @ParameterizedTest(name = "{0} starting {1} → {2}")
    @CsvSource({
        "convention.pdf, 255044462d312e37, application/pdf",
        "photo.JPG, ffd8ffe000104a46, image/jpeg",
        "plan.png, 89504e470d0a1a0a, image/png",
        "budget.xlsx, 504b030414000600, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ancien.doc, d0cf11e0a1b11ae1, application/msword",
        "faux.pdf, 4d5a900003000000, ",
        "script.exe, 4d5a900003000000, ",
        "sans-extension, 255044462d312e37, ",
        "court.pdf, 2550, ",
    })
    void typeFromExtensionConfirmedByContent(String name, String hex, String expected) {
        assertThat(DocumentTypes.check(name, HexFormat.of().parseHex(hex)).orElse(null))
                .isEqualTo(expected);
    }
}
