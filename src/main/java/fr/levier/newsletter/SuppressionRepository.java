package fr.levier.newsletter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SuppressionRepository extends JpaRepository<Suppression, Long> {

    Optional<Suppression> findByEmail(String email);

    @Query("select s.email, s.reason from Suppression s")
    List<Object[]> all();

    @Modifying
    @Query(
            "delete from Suppression s where s.contactId = :contactId and s.reason = fr.levier.newsletter.SuppressionReason.UNSUBSCRIBED")
    int liftUnsubscribe(long contactId);

    @Modifying
    @Query("update Suppression s set s.contactId = :survivorId where s.contactId = :mergedId")
    int repointContact(long mergedId, long survivorId);
}
