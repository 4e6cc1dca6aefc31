package fr.levier.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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

    /** @return the allocations of the commitments, by commitment, in id order */
    Weights of(Collection<Long> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return new Weights(Map.of());
        }
        return new Weights(allocations.findByCommitmentIdInOrderById(commitmentIds).stream()
                .map(a -> new Rows.Weight(a.getCommitmentId(), a.getId(), a.getAmount()))
                .collect(Collectors.groupingBy(Rows.Weight::commitmentId)));
    }

    /**
     * The weights of every commitment funding a project, read in one query (ids and amounts, no entity):
     * what a financing plan needs, whatever the number of its lines.
     *
     * @param projectId the project
     * @return the allocations of its commitments, by commitment, in id order
     */
    Weights ofProject(long projectId) {
        return new Weights(allocations.weightsOfProject(projectId).stream()
                .collect(Collectors.groupingBy(Rows.Weight::commitmentId)));
    }
}
