package fr.levier.shared.search;

import java.util.List;

/**
 * A module's contribution to the global search box in the header. Each module that owns searchable
 * records (partners, contacts, projects…) exposes one as a Spring bean; the header asks them all.
 * Implementations must use indexed, paged queries: the box is typed into on every keystroke.
 */
public interface SearchProvider {

    /**
     * Finds records matching a user's text.
     *
     * @param text  what the user typed, at least 2 characters, trimmed
     * @param limit the most hits to return
     * @return hits, best first; empty when the current user may not read this kind of record
     */
    List<SearchHit> search(String text, int limit);
}
