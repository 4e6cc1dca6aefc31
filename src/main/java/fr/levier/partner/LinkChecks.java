package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Refuses a link from an interaction or a task to a project or a commitment that does not exist, or to a
 * commitment not allocated to the linked project, with a field error ({@code projectId}, {@code commitmentId}).
 */
@Component
class LinkChecks {

    private final ObjectProvider<LinkTargetProvider> targets;

    LinkChecks(ObjectProvider<LinkTargetProvider> targets) {
        this.targets = targets;
    }

    void check(Long projectId, Long commitmentId) {
        LinkTargetProvider t = targets.getIfAvailable();
        if (projectId != null && (t == null || t.project(projectId).isEmpty())) {
            throw new BusinessRuleException("projectId", Messages.get("link.error.unknownProject", projectId));
        }
        if (commitmentId != null && (t == null || t.commitment(commitmentId).isEmpty())) {
            throw new BusinessRuleException("commitmentId", Messages.get("link.error.unknownCommitment", commitmentId));
        }
        if (projectId != null && commitmentId != null && !t.allocatedTo(commitmentId, projectId)) {
            throw new BusinessRuleException("commitmentId", Messages.get("link.error.notOnProject"));
        }
    }
}
