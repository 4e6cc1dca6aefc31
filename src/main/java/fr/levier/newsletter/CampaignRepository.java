package fr.levier.newsletter;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    String MATCHES = "(:text is null or lower(c.subject) like :text) and (:status is null or c.status = :status)";

    @Query(
            value = "select new fr.levier.newsletter.CampaignSummary(c.id, c.subject, c.status, c.officerName,"
                    + " c.updatedAt, c.scheduledAt, c.finishedAt,"
                    + " (select count(r) from Recipient r where r.campaignId = c.id),"
                    + " (select count(r) from Recipient r where r.campaignId = c.id"
                    + " and r.status = fr.levier.newsletter.RecipientStatus.SENT))"
                    + " from Campaign c where " + MATCHES,
            countQuery = "select count(c) from Campaign c where " + MATCHES)
    Page<CampaignSummary> search(String text, CampaignStatus status, Pageable pageable);

    @Query("select count(c) from Campaign c where " + MATCHES)
    long countMatching(String text, CampaignStatus status);

    /** Scheduled campaigns whose time has come start sending (conditional: one node wins). */
    @Modifying
    @Query("update Campaign c set c.status = fr.levier.newsletter.CampaignStatus.SENDING, c.startedAt = :now,"
            + " c.version = c.version + 1 where c.status = fr.levier.newsletter.CampaignStatus.SCHEDULED"
            + " and c.scheduledAt <= :now")
    int startDue(Instant now);

    /** Sending campaigns with nothing left to send are sent. */
    @Modifying
    @Query(
            "update Campaign c set c.status = fr.levier.newsletter.CampaignStatus.SENT, c.finishedAt = :now,"
                    + " c.version = c.version + 1 where c.status = fr.levier.newsletter.CampaignStatus.SENDING"
                    + " and not exists (select r from Recipient r where r.campaignId = c.id"
                    + " and r.status in (fr.levier.newsletter.RecipientStatus.PENDING, fr.levier.newsletter.RecipientStatus.SENDING))")
    int completeFinished(Instant now);

    @Modifying
    @Query("update Campaign c set c.consecutiveFailures = :failures where c.id = :id")
    void resetFailures(long id, int failures);

    @Modifying
    @Query("update Campaign c set c.consecutiveFailures = c.consecutiveFailures + :failures where c.id = :id")
    void addFailures(long id, int failures);

    /** Pauses a sending campaign that failed too often in a row, saying why. */
    @Modifying
    @Query("update Campaign c set c.status = fr.levier.newsletter.CampaignStatus.PAUSED, c.pausedReason = :reason,"
            + " c.version = c.version + 1 where c.id = :id and c.status = fr.levier.newsletter.CampaignStatus.SENDING"
            + " and c.consecutiveFailures >= :limit")
    int pauseAfterFailures(long id, int limit, String reason);
}
