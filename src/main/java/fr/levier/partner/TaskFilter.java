package fr.levier.partner;

/**
 * Criteria of a task list; {@code null} means "any".
 *
 * @param assignee  login of the assignee
 * @param partnerId linked partner
 * @param contactId linked contact
 * @param openOnly  hide done tasks
 */
public record TaskFilter(String assignee, Long partnerId, Long contactId, boolean openOnly) {}
