package fr.levier.partner;

import fr.levier.shared.search.SearchHit;
import fr.levier.shared.search.SearchProvider;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Partners in the global search, by a word of the name or town, or the start of the SIRET (indexed). */
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
        return partners.quickSearch(text, limit).stream()
                .map(p -> new SearchHit(
                        "search.kind.partner",
                        p.name(),
                        p.siret() == null ? nz(p.town()) : nz(p.town()) + " · " + p.siret(),
                        "partners/" + p.id()))
                .toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
