package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RGPD retention of prospection contacts: each month a job lists the contacts that belong only to
 * prospects and had no interaction for three years; an admin reviews the list and, for each, confirms
 * the anonymisation (done by {@link ContactErasure}) or keeps the contact. Nothing is erased
 * without that confirmation.
 */
@Service
public class RetentionReviewService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionReviewService.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RetentionPolicy policy;
    private final ObjectProvider<ContactErasure> erasure;

    RetentionReviewService(
            JdbcTemplate jdbc, Clock clock, RetentionPolicy policy, ObjectProvider<ContactErasure> erasure) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.policy = policy;
        this.erasure = erasure;
    }

    /**
     * Lists now the contacts due for review (what the monthly job does).
     *
     * @return how many contacts were added to the review list
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int prepareNow() {
        return prepareList();
    }

    /** The monthly job's work: runs without a signed-in user. */
    @Transactional
    int prepareList() {
        LocalDate today = LocalDate.now(clock);
        LocalDate cutoff = today.minus(policy.prospectInactivity());
        LocalDate keptSince = today.minus(policy.keptFor());
        List<Long> due = jdbc.queryForList(
                """
                select c.id from contact c
                where c.created_at < ?
                  and exists (select 1 from affiliation a join partner p on p.id = a.partner_id
                              where a.contact_id = c.id and p.status = 'PROSPECT')
                  and not exists (select 1 from affiliation a join partner p on p.id = a.partner_id
                                  where a.contact_id = c.id and p.status <> 'PROSPECT')
                  and not exists (select 1 from interaction_contact ic join interaction i on i.id = ic.interaction_id
                                  where ic.contact_id = c.id and i.occurred_on >= ?)
                  and not exists (select 1 from affiliation a join interaction i on i.partner_id = a.partner_id
                                  where a.contact_id = c.id and i.occurred_on >= ?)
                  and not exists (select 1 from retention_review r where r.contact_id = c.id
                                  and (r.status in ('PENDING', 'ANONYMISED')
                                       or (r.status = 'KEPT' and r.decided_at >= ?)))
                order by c.id
                """,
                Long.class,
                Timestamp.valueOf(cutoff.atStartOfDay()),
                Date.valueOf(cutoff),
                Date.valueOf(cutoff),
                Timestamp.valueOf(keptSince.atStartOfDay()));
        for (Long contactId : due) {
            jdbc.update(
                    "insert into retention_review (contact_id, listed_on, last_activity_on, status) values (?, ?, ?, 'PENDING')",
                    contactId,
                    Date.valueOf(today),
                    lastActivity(contactId));
        }
        LOG.info("Retention review: {} contact(s) listed for review", due.size());
        return due.size();
    }

    private Date lastActivity(long contactId) {
        return jdbc.queryForObject("""
                select max(d) from (
                  select max(i.occurred_on) d from interaction_contact ic join interaction i on i.id = ic.interaction_id
                   where ic.contact_id = ?
                  union all
                  select max(i.occurred_on) d from affiliation a join interaction i on i.partner_id = a.partner_id
                   where a.contact_id = ?
                  union all
                  select cast(c.created_at as date) d from contact c where c.id = ?
                ) t
                """, Date.class, contactId, contactId, contactId);
    }

    /**
     * @param pageable page
     * @return the contacts awaiting a decision, oldest activity first
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public Page<RetentionReviewLine> pending(Pageable pageable) {
        List<RetentionReviewLine> lines = jdbc.query(
                """
                select r.id, r.contact_id, c.first_name, c.last_name, r.last_activity_on, r.listed_on, r.status,
                  (select min(p.name) from affiliation a join partner p on p.id = a.partner_id where a.contact_id = c.id)
                from retention_review r join contact c on c.id = r.contact_id
                where r.status = 'PENDING'
                order by r.last_activity_on, r.id
                limit ? offset ?
                """,
                (rs, i) -> new RetentionReviewLine(
                        rs.getLong(1),
                        rs.getLong(2),
                        ((rs.getString(3) == null ? "" : rs.getString(3) + " ") + rs.getString(4)).trim(),
                        rs.getString(8),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate(),
                        rs.getString(7)),
                pageable.getPageSize(),
                pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) from retention_review where status = 'PENDING'", Long.class);
        return new PageImpl<>(lines, pageable, total == null ? 0 : total);
    }

    /**
     * Confirms the anonymisation of a listed contact.
     *
     * @param reviewId the review line
     * @throws BusinessRuleException when the line was already decided or erasure is not available
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void anonymise(long reviewId) {
        long contactId = pendingContact(reviewId);
        ContactErasure eraser = erasure.getIfAvailable();
        if (eraser == null) {
            throw new BusinessRuleException(fr.levier.shared.i18n.Messages.get("retention.erasureUnavailable"));
        }
        eraser.erase(contactId, "RETENTION");
        decide(reviewId, "ANONYMISED");
    }

    /**
     * Keeps a listed contact (e.g. a renewed exchange not yet recorded); it is not listed again before
     * {@code levier.retention.kept-for}.
     *
     * @param reviewId the review line
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void keep(long reviewId) {
        pendingContact(reviewId);
        decide(reviewId, "KEPT");
    }

    /** @return the retention rules in force */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public RetentionPolicy policy() {
        return policy;
    }

    private long pendingContact(long reviewId) {
        List<Long> ids = jdbc.queryForList(
                "select contact_id from retention_review where id = ? and status = 'PENDING'", Long.class, reviewId);
        if (ids.isEmpty()) {
            throw new BusinessRuleException(fr.levier.shared.i18n.Messages.get("retention.alreadyDecided"));
        }
        return ids.get(0);
    }

    private void decide(long reviewId, String status) {
        jdbc.update(
                "update retention_review set status = ?, decided_by = ?, decided_at = ? where id = ? and status = 'PENDING'",
                status,
                SecurityContextHolder.getContext().getAuthentication().getName(),
                Timestamp.from(clock.instant()),
                reviewId);
    }
}
