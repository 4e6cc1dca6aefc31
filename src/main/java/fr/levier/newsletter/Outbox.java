package fr.levier.newsletter;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's side of the outbox. Rows are claimed by a conditional UPDATE that only succeeds on
 * rows still due (pending and due, or in flight with an expired lease), so two application nodes never
 * claim the same row; a row reclaimed after its lease expired was in flight when its node stopped and is
 * flagged as a possible duplicate. Works the same on H2 and MariaDB. A batch costs a fixed number of
 * statements whatever its size: one select of due ids, one claiming UPDATE, one suppression UPDATE, one
 * read of the claimed rows and their campaigns, one JDBC batch for the results.
 */
@Component
class Outbox {

    private static final String S = "fr.levier.newsletter.RecipientStatus.";
    private static final String DUE = "((r.status = " + S + "PENDING and r.nextAttemptAt <= :now)" + " or (r.status = "
            + S + "SENDING and r.leaseUntil < :now))";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final EntityManager em;
    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;

    Outbox(EntityManager em, JdbcTemplate jdbc, CampaignRepository campaigns) {
        this.em = em;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    /**
     * A claimed batch.
     *
     * @param rows      the rows to send, in id order
     * @param campaigns the content of their campaigns, by id
     */
    record Batch(List<OutboxRow> rows, Map<Long, CampaignContent> campaigns) {
        static final Batch EMPTY = new Batch(List.of(), Map.of());
    }

    /**
     * Claims up to {@code max} due rows of sending campaigns for this dispatcher with one conditional
     * UPDATE, drops those whose address was suppressed since (so an unsubscribe counts even for a
     * campaign already sending), and returns the rest with their campaigns' content.
     */
    @Transactional
    Batch claim(int max, Instant now, Instant leaseUntil) {
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
            return Batch.EMPTY;
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
        List<OutboxRow> rows = em.createQuery(
                        "select new fr.levier.newsletter.OutboxRow(r.id, r.campaignId, r.contactId, r.email,"
                                + " r.civility, r.firstName, r.lastName, r.partnerName, r.language, r.token,"
                                + " r.attempts) from Recipient r where r.claimToken = :token and r.status = "
                                + S + "SENDING order by r.id",
                        OutboxRow.class)
                .setParameter("token", token)
                .getResultList();
        if (rows.isEmpty()) {
            return Batch.EMPTY;
        }
        Set<Long> campaignIds = new HashSet<>();
        rows.forEach(r -> campaignIds.add(r.campaignId()));
        Map<Long, CampaignContent> content = new HashMap<>();
        em.createQuery(
                        "select new fr.levier.newsletter.CampaignContent(c.id, c.subject, c.preheader, c.html,"
                                + " c.officerName) from Campaign c where c.id in :ids",
                        CampaignContent.class)
                .setParameter("ids", campaignIds)
                .getResultList()
                .forEach(c -> content.put(c.id(), c));
        return new Batch(rows, content);
    }

    /** The SMTP server accepted these messages: one JDBC batch for all of them. */
    @Transactional
    void sent(List<Long> ids, List<String> messageIds, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        int[] counts = jdbc.batchUpdate(
                "update campaign_recipient set status = 'SENT', sent_at = ?, message_id = ?, claim_token = null,"
                        + " lease_until = null, last_error = null where id = ? and status = 'SENDING'",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setTimestamp(1, when, Calendar.getInstance(UTC));
                        ps.setString(2, messageIds.get(i));
                        ps.setLong(3, ids.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return ids.size();
                    }
                });
        int marked = 0;
        for (int c : counts) {
            marked += c == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(c, 0);
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
