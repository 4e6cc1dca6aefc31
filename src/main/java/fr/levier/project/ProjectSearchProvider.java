package fr.levier.project;

import fr.levier.shared.search.SearchHit;
import fr.levier.shared.search.SearchProvider;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Projects in the global search, by name or code. */
@Component
class ProjectSearchProvider implements SearchProvider {

    private final ProjectService projects;

    ProjectSearchProvider(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public List<SearchHit> search(String text, int limit) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return List.of();
        }
        return projects
                .find(new ProjectFilter(text, null, null, null), PageRequest.of(0, limit, Sort.by("name")))
                .stream()
                .map(p -> new SearchHit("search.kind.project", p.name(), p.code(), "projects/" + p.id()))
                .toList();
    }
}
