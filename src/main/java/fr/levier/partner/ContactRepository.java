package fr.levier.partner;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    String MATCHES = """
            (:text is null or c.normalizedLast like :text or c.normalizedFirst like :text or c.email like :email)
            and (:consent is null or c.consentStatus = :consent)
            and (:partnerId is null or exists (select a from Affiliation a where a.contact = c and a.partner.id = :partnerId))
            """;

    String SUMMARY =
            "select new fr.levier.partner.ContactSummary(c.id, c.firstName, c.lastName, c.jobTitle, c.email, c.phone, c.consentStatus, c.doNotContact)";

    @Query(SUMMARY + " from Contact c where " + MATCHES)
    Page<ContactSummary> search(String text, String email, ConsentStatus consent, Long partnerId, Pageable pageable);

    @Query("select count(c) from Contact c where " + MATCHES)
    long countMatching(String text, String email, ConsentStatus consent, Long partnerId);

    @Query("select c from Contact c where c.email = :email or c.email2 = :email")
    List<Contact> findByAnyEmail(String email);

    @Query("select c.id, c.firstName, c.lastName from Contact c where c.id in :ids")
    List<Object[]> names(Collection<Long> ids);
}
