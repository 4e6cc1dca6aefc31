package fr.levier.partner;

import fr.levier.shared.validation.PlausibleDate;
import fr.levier.shared.validation.SafeText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A task as entered.
 *
 * @param title     what to do
 * @param dueDate   due date
 * @param assignee  login of the user who must do it
 * @param partnerId linked partner
 * @param contactId linked contact
 * @param projectId linked project id
 * @param done      done flag
 * @param commitmentId linked commitment id (allocated to the project when both are given)
 */
public record TaskDraft(
        @NotBlank @Size(max = 200) @SafeText String title,
        @PlausibleDate LocalDate dueDate,
        @NotBlank @Size(max = 60) String assignee,
        Long partnerId,
        Long contactId,
        Long projectId,
        boolean done,
        Long commitmentId) {

    /** A task without a commitment link. */
    public TaskDraft(
            String title,
            LocalDate dueDate,
            String assignee,
            Long partnerId,
            Long contactId,
            Long projectId,
            boolean done) {
        this(title, dueDate, assignee, partnerId, contactId, projectId, done, null);
    }
}
