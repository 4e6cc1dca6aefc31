package fr.levier.newsletter;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecipientRepository extends JpaRepository<Recipient, Long> {

    String S = "fr.levier.newsletter.RecipientStatus.";

    @Query("select new fr.levier.newsletter.CampaignProgress(count(r),"
            + " coalesce(sum(case when r.status = " + S + "SENT then 1 else 0 end), 0),"
            + " coalesce(sum(case when r.status in (" + S + "PENDING, " + S + "SENDING) then 1 else 0 end), 0),"
            + " coalesce(sum(case when r.status = " + S + "FAILED then 1 else 0 end), 0),"
            + " coalesce(sum(case when r.status in (" + S + "SUPPRESSED, " + S + "CANCELLED) then 1 else 0 end), 0),"
            + " coalesce(sum(case when r.possibleDuplicate = true then 1 else 0 end), 0),"
            + " coalesce(sum(case when r.unsubscribedAt is not null then 1 else 0 end), 0))"
            + " from Recipient r where r.campaignId = :campaignId")
    CampaignProgress progress(long campaignId);

    @Query("select r from Recipient r where r.campaignId = :campaignId and (:status is null or r.status = :status)"
            + " and (:duplicates = false or r.possibleDuplicate = true)")
    Page<Recipient> ofCampaign(long campaignId, RecipientStatus status, boolean duplicates, Pageable pageable);

    @Query(
            "select count(r) from Recipient r where r.campaignId = :campaignId and (:status is null or r.status = :status)"
                    + " and (:duplicates = false or r.possibleDuplicate = true)")
    long countOfCampaign(long campaignId, RecipientStatus status, boolean duplicates);

    Recipient findByToken(String token);

    /** Outbox rows of some contacts (cancelled ones left out), newest first: what each received. */
    @Query("select new fr.levier.newsletter.NewsletterReceived(c.id, c.subject, r.contactId,"
            + " trim(concat(coalesce(r.firstName, ''), ' ', coalesce(r.lastName, ''))), r.email, r.sentAt, r.status,"
            + " case when r.unsubscribedAt is null then false else true end)"
            + " from Recipient r, Campaign c where c.id = r.campaignId and r.contactId in :contactIds"
            + " and r.status <> " + S + "CANCELLED order by coalesce(r.sentAt, c.startedAt) desc, r.id desc")
    List<NewsletterReceived> receivedBy(Collection<Long> contactIds, Pageable pageable);

    @Query("select count(r) from Recipient r where r.contactId in :contactIds and r.status <> " + S + "CANCELLED")
    long countReceivedBy(Collection<Long> contactIds);

    @Query("select count(r) from Recipient r where r.status = " + S + "SENT and r.sentAt >= :from and r.sentAt < :to")
    long countSent(Instant from, Instant to);

    @Query("select count(distinct r.contactId) from Recipient r where r.status = " + S
            + "SENT and r.sentAt >= :from and r.sentAt < :to")
    long countReached(Instant from, Instant to);

    @Query(
            "select count(distinct r.contactId) from Recipient r where r.unsubscribedAt >= :from and r.unsubscribedAt < :to")
    long countUnsubscribed(Instant from, Instant to);

    /** The person left: nothing more is sent to them, also from campaigns already sending. */
    @Modifying
    @Query("update Recipient r set r.status = " + S + "SUPPRESSED, r.lastError = :why"
            + " where r.email = :email and r.status = " + S + "PENDING")
    int suppressPending(String email, String why);

    /** @return the newest row sent to an address (a bounce that names no row of ours) */
    @Query("select r from Recipient r where lower(r.email) = :email and r.status in (" + S + "SENT, " + S
            + "FAILED) order by r.sentAt desc, r.id desc")
    List<Recipient> lastSentTo(String email, Pageable pageable);

    /** A delivery report said the message never arrived: the row counts as failed, not sent. */
    @Modifying
    @Query("update Recipient r set r.status = " + S + "FAILED, r.lastError = :why where r.id = :id and r.status = " + S
            + "SENT")
    int bounced(long id, String why);

    @Modifying
    @Query("update Recipient r set r.status = " + S + "CANCELLED where r.campaignId = :campaignId and r.status = " + S
            + "PENDING")
    int cancelPending(long campaignId);

    /** A merged contact's messages become the survivor's (the history of what each received). */
    @Modifying
    @Query("update Recipient r set r.contactId = :survivorId where r.contactId = :mergedId")
    int repointContact(long mergedId, long survivorId);
}
