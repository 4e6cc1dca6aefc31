package fr.levier.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount in proportion to weights so that the parts add up to the amount to the cent: each
 * part is rounded down, and the cents left over go one by one to the parts with the largest remainders
 * (largest remainder method; ties go to the earlier part).
 */
public final class Apportion {

    private Apportion() {}

    /**
     * @param total   the amount to split (scale 2)
     * @param weights the weights (e.g. allocations), not all zero
     * @return one part per weight, in order, summing to {@code total}
     */
    public static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weights.isEmpty()) {
            return List.of();
        }
        if (sum.signum() == 0) {
            return weights.stream().map(w -> BigDecimal.ZERO.setScale(2)).toList();
        }
        BigDecimal cents = total.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
        List<BigDecimal> floors = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal w : weights) {
            BigDecimal exact = cents.multiply(w).divide(sum, 20, RoundingMode.DOWN);
            BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
            floors.add(floor);
            remainders.add(exact.subtract(floor));
        }
        long left = cents.subtract(floors.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .longValueExact();
        List<Integer> order = IntStream.range(0, weights.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i))
                        .reversed()
                        .thenComparing(i -> i))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k % order.size());
            floors.set(i, floors.get(i).add(BigDecimal.ONE));
        }
        return floors.stream().map(c -> c.movePointLeft(2).setScale(2)).toList();
    }
}
