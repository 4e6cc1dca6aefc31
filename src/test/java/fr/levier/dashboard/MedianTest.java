package fr.levier.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Medians of histograms (value → occurrences) as SQL groups them. */
class MedianTest {

    /** @param spec {@code value*count} pairs separated by spaces, e.g. {@code "10*2 30*1"} */
    private static Map<Long, Long> histogram(String spec) {
        Map<Long, Long> h = new LinkedHashMap<>();
        if (!spec.isBlank()) {
            for (String part : spec.trim().split(" ")) {
                String[] vc = part.split("\\*");
                h.merge(Long.parseLong(vc[0]), Long.parseLong(vc[1]), Long::sum);
            }
        }
        return h;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            nullValues = "null",
            value = {
                "'7*1', 7.0",
                "'10*1 20*1', 15.0",
                "'10*1 20*1 30*1', 20.0",
                "'30*1 10*1 20*1', 20.0",
                "'10*2 30*1', 10.0",
                "'10*1 30*2', 30.0",
                "'10*2 30*2', 20.0",
                "'1*1 2*1', 1.5",
                "'20*1 30*1 40*1 50*1', 35.0",
                "'5*0 9*1', 9.0",
                "'', null"
            })
    void medianOfAHistogram(String spec, BigDecimal expected) {
        assertThat(Median.of(histogram(spec))).isEqualTo(expected);
    }

    @Test
    void mergedHistogramsAddTheirCounts() {
        assertThat(Median.merge(List.of(histogram("10*1 20*1"), histogram("20*2 90*1"))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(10L, 1L, 20L, 3L, 90L, 1L));
        assertThat(Median.of(Median.merge(List.of(histogram("10*1 20*1"), histogram("20*2 90*1")))))
                .isEqualByComparingTo("20");
    }
}
