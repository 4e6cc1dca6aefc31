package fr.levier.newsletter;

/**
 * Counts of a campaign's outbox (an SQL aggregate).
 *
 * @param recipients         rows in the outbox
 * @param sent               accepted by the SMTP server
 * @param pending            still to send (including retries and messages in flight)
 * @param failed             given up
 * @param suppressed         not sent because the person left, bounced or the campaign was cancelled
 * @param possibleDuplicates messages in flight when a dispatcher stopped (may have arrived twice)
 * @param unsubscribed       people who left the list from this campaign
 */
public record CampaignProgress(
        long recipients,
        long sent,
        long pending,
        long failed,
        long suppressed,
        long possibleDuplicates,
        long unsubscribed) {

    /** No outbox yet. */
    public static final CampaignProgress EMPTY = new CampaignProgress(0, 0, 0, 0, 0, 0, 0);

    /** @return share of rows handled (sent, failed or suppressed), 0 to 1 */
    public double done() {
        return recipients == 0 ? 0 : (double) (recipients - pending) / recipients;
    }
}
