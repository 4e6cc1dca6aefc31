package fr.levier.funding;

import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Resolves partner ids to their summaries through the partner module's public API only. */
@Component
class PartnerNames {

    private final PartnerService partners;

    PartnerNames(PartnerService partners) {
        this.partners = partners;
    }

    /** @return the summaries of the given partners, looked up by id batch (unknown ids left out) */
    Map<Long, PartnerSummary> of(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : partners.summaries(ids);
    }

    String name(Map<Long, PartnerSummary> map, Long id) {
        PartnerSummary p = map.get(id);
        return p == null ? "#" + id : p.name();
    }
}
