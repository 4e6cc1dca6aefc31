package fr.levier.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** Decimals in the API's JSON: two decimals for money, never an exponent, significant decimals kept. */
class MoneySerializerTest {

    private final JsonMapper mapper = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, new MoneySerializer()))
            .build();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "196000, 196000.00",
        "196000.0, 196000.00",
        "196000.00, 196000.00",
        "196000.0000, 196000.00",
        "1.96E+5, 196000.00",
        "0, 0.00",
        "-12.5, -12.50",
        "0.01, 0.01",
        "0.2000, 0.20",
        "3.4567, 3.4567"
    })
    void writesAtLeastTwoDecimals(String in, String json) {
        assertThat(mapper.writeValueAsString(new BigDecimal(in))).isEqualTo(json);
    }
}
