package fr.levier.funding;

import fr.levier.partner.PartnersMerged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When two partner records are merged, the merged partner's commitments now belong to the survivor.
 * A plain {@code @EventListener}: it runs inside the merge transaction, so both commit or roll back
 * together. Entities are changed one by one so versions and the audit trail follow.
 */
@Component
class PartnerMergeListener {

    private static final Logger log = LoggerFactory.getLogger(PartnerMergeListener.class);

    private final CommitmentRepository commitments;

    PartnerMergeListener(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    @EventListener
    void on(PartnersMerged event) {
        var moved = commitments.findByPartnerId(event.mergedId());
        moved.forEach(c -> c.setPartnerId(event.survivorId()));
        commitments.saveAllAndFlush(moved);
        log.info(
                "Partner {} merged into {}: {} commitments re-pointed",
                event.mergedId(),
                event.survivorId(),
                moved.size());
    }
}
