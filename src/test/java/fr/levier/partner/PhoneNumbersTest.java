package fr.levier.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "04 75 12 34 56 | +33475123456 | 04 75 12 34 56",
                "04.75.12.34.56 | +33475123456 | 04 75 12 34 56",
                "0475123456 | +33475123456 | 04 75 12 34 56",
                "+33 4 75 12 34 56 | +33475123456 | 04 75 12 34 56",
                "+33 (0)4 75 12 34 56 | +33475123456 | 04 75 12 34 56",
                "0033 6 12 34 56 78 | +33612345678 | 06 12 34 56 78",
                "33612345678 | +33612345678 | 06 12 34 56 78",
                "+41 22 123 45 67 | +41221234567 | +41221234567",
            })
    void storesE164AndShowsTheFrenchWay(String typed, String stored, String shown) {
        assertThat(PhoneNumbers.normalize(typed)).contains(stored);
        assertThat(PhoneNumbers.display(stored)).isEqualTo(shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"04 75 12 34", "abc", "+33 4 75", "00 00 00 00 00", "=1+2"})
    void rejectsWhatIsNotAPhoneNumber(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isFalse();
        assertThatThrownBy(() -> PhoneNumbers.normalize(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankMeansNoNumber(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
    }
}
