package fr.levier.funding;

import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Resolves partner ids to their summaries through the partner module's public API only. */
@Component
class PartnerNames {

    private final PartnerService partners;

    PartnerNames(PartnerService partners) {
        this.partners = partners;
    }

    /** @return the summaries of the given partners (few ids: one by one; many: one paged read of all) */
    Map<Long, PartnerSummary> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        if (ids.size() <= 8) {
            Map<Long, PartnerSummary> map = new HashMap<>();
            ids.stream().distinct().forEach(id -> partners.get(id).ifPresent(p -> map.put(id, p)));
            return map;
        }
        return partners.find(PartnerFilter.ALL, PageRequest.of(0, 10_000)).stream()
                .filter(p -> ids.contains(p.id()))
                .collect(Collectors.toMap(PartnerSummary::id, Function.identity()));
    }

    String name(Map<Long, PartnerSummary> map, Long id) {
        PartnerSummary p = map.get(id);
        return p == null ? "#" + id : p.name();
    }
}
