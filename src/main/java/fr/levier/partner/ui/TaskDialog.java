package fr.levier.partner.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import fr.levier.partner.LinkService;
import fr.levier.partner.TaskDraft;
import fr.levier.partner.TaskService;
import fr.levier.shared.ui.FrenchDatePicker;
import fr.levier.shared.ui.ServiceErrors;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The "new task" dialog, for a partner or a contact. */
final class TaskDialog {

    private TaskDialog() {}

    static void open(
            TaskService tasks,
            LinkService links,
            List<String> officers,
            String me,
            Long partnerId,
            Long contactId,
            Runnable done) {
        UI ui = UI.getCurrent();
        Dialog d = new Dialog(ui.getTranslation("task.new"));
        TextField title = new TextField(ui.getTranslation("task.title"));
        title.setId("task-title");
        FrenchDatePicker due = new FrenchDatePicker(ui.getTranslation("task.due"));
        due.setValue(LocalDate.now().plusWeeks(1));
        ComboBox<String> assignee = new ComboBox<>(ui.getTranslation("task.assignee"), officers);
        assignee.setValue(officers.contains(me) ? me : null);
        LinkPickers link = new LinkPickers(links, partnerId);
        FormLayout f = new FormLayout(title, due, assignee, link.project, link.commitment);
        f.setColspan(title, 2);
        d.add(f);
        Button ok = new Button(ui.getTranslation("action.save"), e -> {
            if (ServiceErrors.run(
                    () -> tasks.create(new TaskDraft(
                            title.getValue(),
                            due.getValue(),
                            assignee.getValue() == null ? "" : assignee.getValue(),
                            partnerId,
                            contactId,
                            link.projectId(),
                            false,
                            link.commitmentId())),
                    Map.of(
                            "title",
                            title,
                            "assignee",
                            assignee,
                            "dueDate",
                            due,
                            "projectId",
                            link.project,
                            "commitmentId",
                            link.commitment))) {
                d.close();
                done.run();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("task-save");
        d.getFooter().add(new Button(ui.getTranslation("action.cancel"), e -> d.close()), ok);
        d.open();
    }
}
