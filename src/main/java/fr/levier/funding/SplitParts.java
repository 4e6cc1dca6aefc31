package fr.levier.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The per-project parts of split commitments, reconciled to the cent: each column (requested, awarded,
 * claimed, cashed) of a commitment is split over its allocations in proportion to their amounts with
 * the largest remainder method, the unallocated rest of the base taking its own share, so the parts of
 * a fully allocated commitment add up exactly to its figure.
 */
@Component
class SplitParts {

    private final AllocationRepository allocations;

    SplitParts(AllocationRepository allocations) {
        this.allocations = allocations;
    }

    /** The allocations of some commitments, to split their columns. */
    record Weights(Map<Long, List<Rows.Weight>> byCommitment) {

        /**
         * @param total        the commitment's figure
         * @param commitmentId the commitment
         * @param allocationId the allocation whose part is wanted
         * @param base         the commitment's allocation base (award, or request before)
         * @return the allocation's part of {@code total}
         */
        BigDecimal part(BigDecimal total, long commitmentId, long allocationId, BigDecimal base) {
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            List<Rows.Weight> list = byCommitment.getOrDefault(commitmentId, List.of());
            if (total == null || base == null || base.signum() == 0 || list.isEmpty()) {
                return zero;
            }
            if (list.size() == 1) {
                Rows.Weight only = list.getFirst();
                if (only.allocationId() != allocationId) {
                    return zero;
                }
                if (only.amount().signum() > 0 && base.compareTo(only.amount()) <= 0) {
                    // one allocation holding the whole base: its part is the whole figure (what the split gives)
                    return total.setScale(2);
                }
            }
            List<BigDecimal> weights = new ArrayList<>();
            int index = -1;
            BigDecimal sum = BigDecimal.ZERO;
            for (Rows.Weight a : list) {
                if (a.allocationId() == allocationId) {
                    index = weights.size();
                }
                weights.add(a.amount());
                sum = sum.add(a.amount());
            }
            if (index < 0) {
                return zero;
            }
            if (base.compareTo(sum) > 0) {
                weights.add(base.subtract(sum));
            }
            return Apportion.split(total.setScale(2), weights).get(index);
        }
    }

    /** Ids per weights query: well under every database's IN-list limit. */
    private static final int ID_BATCH = 1_000;

    /**
     * The weights of a plan's lines: a commitment allocated once weighs its one allocation, read with the
     * line; only the commitments split over several allocations are read again (ids and amounts, in
     * batches), so a plan of unsplit commitments costs no query here.
     *
     * @param lines the plan's lines
     * @return the allocations of their commitments, by commitment, in id order
     */
    Weights ofPlan(List<Rows.PlanLine> lines) {
        Map<Long, List<Rows.Weight>> byCommitment = new HashMap<>();
        List<Long> split = new ArrayList<>();
        for (Rows.PlanLine line : lines) {
            if (line.allocations() > 1) {
                split.add(line.commitmentId());
            } else {
                byCommitment.put(
                        line.commitmentId(),
                        List.of(new Rows.Weight(line.commitmentId(), line.allocationId(), line.allocated())));
            }
        }
        List<Long> ids = split.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += ID_BATCH) {
            allocations.weightsOf(ids.subList(from, Math.min(ids.size(), from + ID_BATCH))).stream()
                    .collect(Collectors.groupingBy(Rows.Weight::commitmentId))
                    .forEach(byCommitment::put);
        }
        return new Weights(byCommitment);
    }
}
