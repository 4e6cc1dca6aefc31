package fr.levier.partner;

import fr.levier.shared.search.SearchHit;
import fr.levier.shared.search.SearchProvider;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Contacts in the global search, by the start of their last name, first name or e-mail (indexed). */
@Component
class ContactSearchProvider implements SearchProvider {

    private final ContactService contacts;

    ContactSearchProvider(ContactService contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return List.of();
        }
        return contacts.quickSearch(text, limit).stream()
                .map(c -> new SearchHit(
                        "search.kind.contact",
                        c.displayName(),
                        c.email() == null ? "" : c.email(),
                        "contacts/" + c.id()))
                .toList();
    }
}
