package fr.levier.partner;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    /** The partner side of a segment, on the criteria {@code q} ({@link SegmentQuery}). */
    String PARTNER = """
            (:#{#q.type} is null or p.type = :#{#q.type})
            and (:#{#q.status} is null or p.status = :#{#q.status})
            and (:#{#q.officer} is null or p.officerUsername = :#{#q.officer})
            and (:#{#q.town} is null or p.normalizedTown = :#{#q.town})
            and (:#{#q.tag} is null or concat(',', p.tags, ',') like :#{#q.tag})
            and (:#{#q.iir} = false or p.investInRomans = true)
            and (:#{#q.restricted} = false or p.id in :#{#q.ids})
            """;

    /** A current affiliation to a matching partner. */
    String AUDIENCE = """
            exists (select a from Affiliation a join a.partner p where a.contact = c and (a.endDate is null or a.endDate >= :#{#q.today}) and
            """ + PARTNER + ")";

    /** Who a segment reaches: an e-mail, not do-not-contact, consent when asked, and a current affiliation. */
    String MEMBER = """
            c.doNotContact = false and c.email is not null
            and (:#{#q.consentOnly} = false or c.consentStatus = fr.levier.partner.ConsentStatus.GRANTED)
            and\s""" + AUDIENCE;

    @Query("select count(p) from Partner p where " + PARTNER)
    long countPartners(SegmentQuery q);

    @Query("select count(c) from Contact c where " + MEMBER)
    long countMembers(SegmentQuery q);

    @Query(
            value =
                    "select new fr.levier.partner.SegmentMember(c.id, c.civility, c.firstName, c.lastName, c.email, c.language, c.consentStatus)"
                            + " from Contact c where " + MEMBER,
            countQuery = "select count(c) from Contact c where " + MEMBER)
    Page<SegmentMember> members(SegmentQuery q, Pageable pageable);

    @Query(
            value = "select new fr.levier.partner.AudienceMember(c.id, c.civility, c.firstName, c.lastName, c.email,"
                    + " c.language, c.consentStatus, c.legalBasis, c.doNotContact,"
                    + " (select min(p2.name) from Affiliation a2 join a2.partner p2 where a2.contact = c"
                    + " and (a2.endDate is null or a2.endDate >= :#{#q.today})))"
                    + " from Contact c where " + AUDIENCE,
            countQuery = "select count(c) from Contact c where " + AUDIENCE)
    Page<AudienceMember> audience(SegmentQuery q, Pageable pageable);

    Optional<Segment> findByNameIgnoreCase(String name);
}
