package fr.levier.partner.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import fr.levier.partner.LinkService;
import fr.levier.partner.LinkTargetProvider.Target;
import java.util.List;

/**
 * The "project" and "commitment" pickers of the interaction and task forms: the commitment list follows the
 * project chosen (its allocations, the partner's first), and is empty without a project.
 */
final class LinkPickers {

    final ComboBox<Target> project = new ComboBox<>();
    final ComboBox<Target> commitment = new ComboBox<>();

    LinkPickers(LinkService links, Long partnerId) {
        project.setLabel(project.getTranslation("link.project"));
        project.setId("link-project");
        project.setClearButtonVisible(true);
        project.setItems(links.projects());
        project.setItemLabelGenerator(Target::label);
        commitment.setLabel(commitment.getTranslation("link.commitment"));
        commitment.setId("link-commitment");
        commitment.setClearButtonVisible(true);
        commitment.setItemLabelGenerator(Target::label);
        commitment.setEnabled(false);
        project.addValueChangeListener(e -> {
            List<Target> of = e.getValue() == null
                    ? List.of()
                    : links.commitmentsOf(e.getValue().id(), partnerId);
            commitment.setItems(of);
            commitment.setEnabled(!of.isEmpty());
        });
    }

    /** @return the chosen project's id, or {@code null} */
    Long projectId() {
        return project.getValue() == null ? null : project.getValue().id();
    }

    /** @return the chosen commitment's id, or {@code null} */
    Long commitmentId() {
        return commitment.getValue() == null ? null : commitment.getValue().id();
    }
}
