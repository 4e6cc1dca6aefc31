package fr.levier.partner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AffiliationRepository extends JpaRepository<Affiliation, Long> {

    String VIEW =
            "select new fr.levier.partner.AffiliationView(a.id, c.id, concat(coalesce(concat(c.firstName, ' '), ''), c.lastName),"
                    + " c.email, c.phone, p.id, p.name, a.role, a.startDate, a.endDate) from Affiliation a join a.contact c join a.partner p";

    @Query(VIEW + " where p.id = :partnerId order by case when a.endDate is null then 0 else 1 end, c.lastName")
    List<AffiliationView> ofPartner(Long partnerId);

    @Query(VIEW + " where c.id = :contactId order by case when a.endDate is null then 0 else 1 end, a.startDate desc")
    List<AffiliationView> ofContact(Long contactId);

    @Query("select a from Affiliation a where a.partner.id = :partnerId")
    List<Affiliation> findByPartner(Long partnerId);

    @Query("select a from Affiliation a where a.contact.id = :contactId")
    List<Affiliation> findByContact(Long contactId);

    @Query(
            "select count(a) > 0 from Affiliation a where a.contact.id = :contactId and a.partner.id = :partnerId and a.endDate is null")
    boolean currentExists(Long contactId, Long partnerId);
}
