package fr.levier.dashboard;

/**
 * Newsletter reach over a period, for the partners perspective of the scorecard.
 *
 * @param messagesSent messages accepted by the SMTP server in the period
 * @param contactsReached distinct contacts who received at least one message in the period
 * @param unsubscribes contacts who left the list in the period
 */
public record NewsletterFigures(long messagesSent, long contactsReached, long unsubscribes) {}
