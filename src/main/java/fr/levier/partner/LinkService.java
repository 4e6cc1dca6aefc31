package fr.levier.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects and commitments interactions and tasks can be linked to, for the forms' pickers and the
 * timeline's links (answered by the funding module through {@link LinkTargetProvider}; empty without it).
 */
@Service
public class LinkService {

    private final ObjectProvider<LinkTargetProvider> targets;

    LinkService(ObjectProvider<LinkTargetProvider> targets) {
        this.targets = targets;
    }

    /** @return the projects, by code */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<LinkTargetProvider.Target> projects() {
        LinkTargetProvider t = targets.getIfAvailable();
        return t == null ? List.of() : t.projects();
    }

    /** @return the commitments allocated to a project, the partner's first */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<LinkTargetProvider.Target> commitmentsOf(long projectId, Long partnerId) {
        LinkTargetProvider t = targets.getIfAvailable();
        return t == null ? List.of() : t.commitmentsOf(projectId, partnerId);
    }

    /** @return the linked project, to show and open */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<LinkTargetProvider.Target> project(long id) {
        LinkTargetProvider t = targets.getIfAvailable();
        return t == null ? Optional.empty() : t.project(id);
    }

    /** @return the linked commitment, to show and open */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Optional<LinkTargetProvider.Target> commitment(long id) {
        LinkTargetProvider t = targets.getIfAvailable();
        return t == null ? Optional.empty() : t.commitment(id);
    }
}
