package fr.levier.funding;

import fr.levier.partner.PartnerTypeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A partner's type changed: the rollup rows of the projects it funds are kept by funder type, so those
 * projects are marked in the partner's transaction (a plain {@code @EventListener}) and recomputed once it
 * commits (ADR 010 §15).
 */
@Component
class PartnerTypeListener {

    private final FundingRollup rollup;

    PartnerTypeListener(FundingRollup rollup) {
        this.rollup = rollup;
    }

    @EventListener
    void on(PartnerTypeChanged event) {
        rollup.markPartner(event.partnerId());
    }
}
