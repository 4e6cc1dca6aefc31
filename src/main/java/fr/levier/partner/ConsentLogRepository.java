package fr.levier.partner;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ConsentLogRepository extends JpaRepository<ConsentLogEntry, Long> {

    @Query("select e from ConsentLogEntry e where e.contactId = :contactId order by e.recordedAt desc, e.id desc")
    Page<ConsentLogEntry> ofContact(long contactId, Pageable pageable);

    @Query("select e from ConsentLogEntry e where e.contactId = :contactId order by e.recordedAt asc, e.id asc")
    List<ConsentLogEntry> allOfContact(long contactId);

    /** A contact merge: the merged record's log becomes the survivor's (entries are evidence, never lost). */
    @Modifying
    @Query("update ConsentLogEntry e set e.contactId = :survivorId where e.contactId = :mergedId")
    int repoint(long mergedId, long survivorId);

    @Modifying
    @Query("delete from ConsentLogEntry e where e.contactId = :contactId")
    void deleteByContact(long contactId);
}
