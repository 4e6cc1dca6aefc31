package fr.levier.partner;

import fr.levier.shared.api.NotSortable;
import java.time.LocalDate;

/**
 * A task in a list.
 *
 * @param id          id
 * @param title       what to do
 * @param dueDate     due date
 * @param assignee    who
 * @param partnerId   linked partner
 * @param partnerName its name
 * @param contactId   linked contact
 * @param contactName their name
 * @param projectId   linked project id
 * @param done        done
 * @param overdue     not done and due before today
 * @param version     version, to send back with an update
 * @param commitmentId linked commitment id
 */
public record TaskView(
        Long id,
        String title,
        LocalDate dueDate,
        String assignee,
        @NotSortable Long partnerId,
        @NotSortable String partnerName,
        @NotSortable Long contactId,
        @NotSortable String contactName,
        Long projectId,
        boolean done,
        @NotSortable boolean overdue,
        long version,
        Long commitmentId) {}
