package fr.levier.partner;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SegmentRepository extends JpaRepository<Segment, Long> {

    String PARTNER = """
            (:type is null or p.type = :type)
            and (:status is null or p.status = :status)
            and (:officer is null or p.officerUsername = :officer)
            and (:town is null or p.normalizedTown = :town)
            and (:tag is null or concat(',', p.tags, ',') like :tag)
            and (:iir = false or p.investInRomans = true)
            and (:restricted = false or p.id in :ids)
            """;

    String MEMBER = """
            c.doNotContact = false and c.email is not null
            and (:consentOnly = false or c.consentStatus = fr.levier.partner.ConsentStatus.GRANTED)
            and exists (select a from Affiliation a join a.partner p where a.contact = c and (a.endDate is null or a.endDate >= :today) and
            """ + PARTNER + ")";

    @Query("select count(p) from Partner p where " + PARTNER)
    long countPartners(
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String town,
            String tag,
            boolean iir,
            boolean restricted,
            Collection<Long> ids);

    @Query("select count(c) from Contact c where " + MEMBER)
    long countMembers(
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String town,
            String tag,
            boolean iir,
            boolean restricted,
            Collection<Long> ids,
            boolean consentOnly,
            LocalDate today);

    @Query(
            value =
                    "select new fr.levier.partner.SegmentMember(c.id, c.civility, c.firstName, c.lastName, c.email, c.language, c.consentStatus)"
                            + " from Contact c where " + MEMBER,
            countQuery = "select count(c) from Contact c where " + MEMBER)
    Page<SegmentMember> members(
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String town,
            String tag,
            boolean iir,
            boolean restricted,
            Collection<Long> ids,
            boolean consentOnly,
            LocalDate today,
            Pageable pageable);

    String AUDIENCE = """
            exists (select a from Affiliation a join a.partner p where a.contact = c and (a.endDate is null or a.endDate >= :today) and
            """ + PARTNER + ")";

    @Query(
            value = "select new fr.levier.partner.AudienceMember(c.id, c.civility, c.firstName, c.lastName, c.email,"
                    + " c.language, c.consentStatus, c.legalBasis, c.doNotContact,"
                    + " (select min(p2.name) from Affiliation a2 join a2.partner p2 where a2.contact = c"
                    + " and (a2.endDate is null or a2.endDate >= :today)))"
                    + " from Contact c where " + AUDIENCE,
            countQuery = "select count(c) from Contact c where " + AUDIENCE)
    Page<AudienceMember> audience(
            PartnerType type,
            RelationshipStatus status,
            String officer,
            String town,
            String tag,
            boolean iir,
            boolean restricted,
            Collection<Long> ids,
            LocalDate today,
            Pageable pageable);

    Optional<Segment> findByNameIgnoreCase(String name);
}
