package fr.levier.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The median of values given as a histogram (value → how many times), as SQL returns them grouped:
 * the middle value, or the mean of the two middle ones for an even count (one decimal). A plain rule.
 */
public final class Median {

    private Median() {}

    /**
     * @param histogram value → occurrences (occurrences ≤ 0 are ignored)
     * @return the median with one decimal, {@code null} for no value
     */
    public static BigDecimal of(Map<Long, Long> histogram) {
        SortedMap<Long, Long> sorted = new TreeMap<>();
        histogram.forEach((v, n) -> {
            if (n != null && n > 0) {
                sorted.merge(v, n, Long::sum);
            }
        });
        long total = sorted.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long lowRank = (total - 1) / 2; // 0-based ranks of the middle value(s)
        long highRank = total / 2;
        Long low = null;
        Long high = null;
        long seen = 0;
        for (Map.Entry<Long, Long> e : sorted.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowRank < next) {
                low = e.getKey();
            }
            if (highRank < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return BigDecimal.valueOf(low + high).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }

    /**
     * Merges histograms (e.g. of several funder types).
     *
     * @param histograms the histograms
     * @return their sum
     */
    public static Map<Long, Long> merge(Iterable<Map<Long, Long>> histograms) {
        Map<Long, Long> out = new TreeMap<>();
        histograms.forEach(h -> h.forEach((v, n) -> out.merge(v, n, Long::sum)));
        return out;
    }
}
