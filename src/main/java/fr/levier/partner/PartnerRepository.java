package fr.levier.partner;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    String MATCHES = """
            (:text is null or lower(p.name) like :text or lower(p.town) like :text)
            and (:type is null or p.type = :type)
            and (:status is null or p.status = :status)
            """;

    @Query("select new fr.levier.partner.PartnerSummary(p.id, p.name, p.type, p.siret, p.town, p.status, p.officerUsername, p.investInRomans)"
            + " from Partner p where " + MATCHES)
    Page<PartnerSummary> search(String text, PartnerType type, RelationshipStatus status, Pageable pageable);

    @Query("select count(p) from Partner p where " + MATCHES)
    long countMatching(String text, PartnerType type, RelationshipStatus status);

    @Query("select new fr.levier.partner.PartnerCount(p.type, count(p)) from Partner p group by p.type order by count(p) desc")
    List<PartnerCount> countByType();

    long countByStatus(RelationshipStatus status);
}
