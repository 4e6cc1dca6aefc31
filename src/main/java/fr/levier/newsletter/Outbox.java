package fr.levier.newsletter;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's side of the outbox. Rows are claimed by a conditional UPDATE that only succeeds on
 * rows still due (pending and due, or in flight with an expired lease), so two application nodes never
 * claim the same row; a row reclaimed after its lease expired was in flight when its node stopped and is
 * flagged as a possible duplicate. Works the same on H2 and MariaDB.
 */
@Component
class Outbox {

    private static final String S = "fr.levier.newsletter.RecipientStatus.";
    private static final String DUE = "((r.status = " + S + "PENDING and r.nextAttemptAt <= :now)" + " or (r.status = "
            + S + "SENDING and r.leaseUntil < :now))";

    private final EntityManager em;
    private final CampaignRepository campaigns;

    Outbox(EntityManager em, CampaignRepository campaigns) {
        this.em = em;
        this.campaigns = campaigns;
    }

    /** A claimed row and what the message needs. */
    record Claimed(Recipient recipient, Campaign campaign) {}

    /**
     * Claims up to {@code max} due rows of sending campaigns for this dispatcher, drops those whose address
     * was suppressed since, and returns the rest.
     */
    @Transactional
    List<Claimed> claim(int max, Instant now, Instant leaseUntil) {
        campaigns.startDue(now);
        List<Long> ids = em.createQuery(
                        "select r.id from Recipient r where " + DUE + " and r.campaignId in (select c.id from"
                                + " Campaign c where c.status = fr.levier.newsletter.CampaignStatus.SENDING)"
                                + " order by r.id",
                        Long.class)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        em.createQuery("update Recipient r set"
                        + " r.possibleDuplicate = case when r.status = " + S
                        + "SENDING then true else r.possibleDuplicate end,"
                        + " r.status = " + S + "SENDING, r.claimToken = :token, r.leaseUntil = :lease,"
                        + " r.attempts = r.attempts + 1 where r.id in :ids and " + DUE)
                .setParameter("token", token)
                .setParameter("lease", leaseUntil)
                .setParameter("ids", ids)
                .setParameter("now", now)
                .executeUpdate();
        em.createQuery("update Recipient r set r.status = " + S + "SUPPRESSED, r.claimToken = null,"
                        + " r.lastError = 'suppressed' where r.claimToken = :token"
                        + " and exists (select s from Suppression s where s.email = r.email)")
                .setParameter("token", token)
                .executeUpdate();
        List<Recipient> claimed = em.createQuery(
                        "select r from Recipient r where r.claimToken = :token and r.status = " + S + "SENDING"
                                + " order by r.id",
                        Recipient.class)
                .setParameter("token", token)
                .getResultList();
        List<Long> campaignIds =
                claimed.stream().map(Recipient::getCampaignId).distinct().toList();
        var byId = campaigns.findAllById(campaignIds).stream()
                .collect(java.util.stream.Collectors.toMap(Campaign::getId, c -> c));
        return claimed.stream()
                .map(r -> new Claimed(r, byId.get(r.getCampaignId())))
                .toList();
    }

    /** The SMTP server accepted the message. */
    @Transactional
    void sent(List<Long> ids, List<String> messageIds, Instant at) {
        int marked = 0;
        for (int i = 0; i < ids.size(); i++) {
            marked += em.createQuery(
                            "update Recipient r set r.status = " + S + "SENT, r.sentAt = :at, r.messageId = :mid,"
                                    + " r.claimToken = null, r.leaseUntil = null, r.lastError = null where r.id = :id"
                                    + " and r.status = " + S + "SENDING")
                    .setParameter("at", at)
                    .setParameter("mid", messageIds.get(i))
                    .setParameter("id", ids.get(i))
                    .executeUpdate();
        }
        SendMetrics.count("sent", marked);
    }

    /** A temporary failure: back to pending, due again at {@code retryAt}. */
    @Transactional
    void retry(long id, Instant retryAt, String error) {
        int marked = em.createQuery("update Recipient r set r.status = " + S + "PENDING, r.nextAttemptAt = :at,"
                        + " r.claimToken = null, r.leaseUntil = null, r.lastError = :error where r.id = :id"
                        + " and r.status = " + S + "SENDING")
                .setParameter("at", retryAt)
                .setParameter("error", cut(error))
                .setParameter("id", id)
                .executeUpdate();
        SendMetrics.count("retried", marked);
    }

    /** Given up (permanent refusal, or too many tries). */
    @Transactional
    void failed(long id, String error) {
        int marked = em.createQuery("update Recipient r set r.status = " + S + "FAILED, r.claimToken = null,"
                        + " r.leaseUntil = null, r.lastError = :error where r.id = :id and r.status = " + S + "SENDING")
                .setParameter("error", cut(error))
                .setParameter("id", id)
                .executeUpdate();
        SendMetrics.count("failed", marked);
    }

    /** Campaigns with nothing left to send are marked sent. */
    @Transactional
    int completeFinished(Instant now) {
        return campaigns.completeFinished(now);
    }

    /**
     * Counts failures in a row of a campaign and pauses it when they reach {@code limit}.
     *
     * @param trailing failures since the last success in this batch
     * @param reset    whether a message succeeded in this batch (the count restarts)
     * @return whether the campaign paused
     */
    @Transactional
    boolean countFailures(long campaignId, int trailing, boolean reset, int limit, String reason) {
        if (reset) {
            campaigns.resetFailures(campaignId, trailing);
        } else {
            campaigns.addFailures(campaignId, trailing);
        }
        return trailing > 0 && campaigns.pauseAfterFailures(campaignId, limit, reason) > 0;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
