package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The colour of an indicator against its target, both directions, the 10 % amber band's edges. */
class TargetStatusTest {

    @ParameterizedTest(name = "value {0}, target {1}, higher better {2} -> {3}")
    @CsvSource(
            nullValues = "null",
            value = {
                "100, 100, true, GREEN",
                "120, 100, true, GREEN",
                "99.99, 100, true, AMBER",
                "90, 100, true, AMBER",
                "89.99, 100, true, RED",
                "0, 100, true, RED",
                "100, 100, false, GREEN",
                "80, 100, false, GREEN",
                "100.01, 100, false, AMBER",
                "110, 100, false, AMBER",
                "110.01, 100, false, RED",
                "0, 0, false, GREEN",
                "1, 0, false, RED",
                "null, 100, true, NONE",
                "100, null, true, NONE",
                "null, null, false, NONE"
            })
    void colourAgainstTarget(BigDecimal value, BigDecimal target, boolean higherIsBetter, TargetStatus expected) {
        assertThat(TargetStatus.of(value, target, higherIsBetter)).isEqualTo(expected);
    }
}
