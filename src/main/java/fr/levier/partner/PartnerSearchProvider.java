package fr.levier.partner;

import fr.levier.shared.search.SearchHit;
import fr.levier.shared.search.SearchProvider;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Partners in the global search, by name or town. */
@Component
class PartnerSearchProvider implements SearchProvider {

    private final PartnerService partners;

    PartnerSearchProvider(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return List.of();
        }
        return partners.find(new PartnerFilter(text, null, null), PageRequest.of(0, limit, Sort.by("name"))).stream()
                .map(p -> new SearchHit("search.kind.partner", p.name(), p.town(), "partners"))
                .toList();
    }
}
