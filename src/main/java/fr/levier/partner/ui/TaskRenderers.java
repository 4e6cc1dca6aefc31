package fr.levier.partner.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import fr.levier.partner.TaskView;
import fr.levier.shared.FrenchFormats;

/** Due dates with overdue ones in red and bold (a template renderer: cheap in lazy grids). */
final class TaskRenderers {

    private TaskRenderers() {}

    static LitRenderer<TaskView> due() {
        return LitRenderer.<TaskView>of("<span class=${item.cls} style=${item.style}>${item.due}</span>")
                .withProperty("due", t -> FrenchFormats.date(t.dueDate()))
                .withProperty("cls", t -> t.overdue() ? "overdue" : "")
                .withProperty("style", t -> t.overdue() ? "color: var(--lumo-error-text-color); font-weight: 600" : "");
    }
}
