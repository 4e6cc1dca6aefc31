package fr.levier.partner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InteractionRepository extends JpaRepository<Interaction, Long> {

    @Query(
            value =
                    "select i from Interaction i left join fetch i.partner where i.partner.id = :partnerId order by i.occurredOn desc, i.id desc",
            countQuery = "select count(i) from Interaction i where i.partner.id = :partnerId")
    Page<Interaction> ofPartner(Long partnerId, Pageable pageable);

    @Query(
            value =
                    "select i from Interaction i left join fetch i.partner where :contactId member of i.contactIds order by i.occurredOn desc, i.id desc",
            countQuery = "select count(i) from Interaction i where :contactId member of i.contactIds")
    Page<Interaction> ofContact(Long contactId, Pageable pageable);

    @Query(
            value =
                    "select i from Interaction i left join fetch i.partner where i.projectId = :projectId order by i.occurredOn desc, i.id desc",
            countQuery = "select count(i) from Interaction i where i.projectId = :projectId")
    Page<Interaction> ofProject(Long projectId, Pageable pageable);

    @Modifying
    @Query("update Interaction i set i.partner.id = :survivorId where i.partner.id = :mergedId")
    int repoint(Long mergedId, Long survivorId);

    long countByPartnerId(Long partnerId);

    /** A contact merge: the survivor takes part in every interaction the merged record took part in. */
    @Modifying
    @Query(
            value =
                    "insert into interaction_contact (interaction_id, contact_id) select m.interaction_id, :survivorId"
                            + " from interaction_contact m where m.contact_id = :mergedId and not exists (select 1 from"
                            + " interaction_contact s where s.interaction_id = m.interaction_id and s.contact_id = :survivorId)",
            nativeQuery = true)
    int addContact(long mergedId, long survivorId);

    @Modifying
    @Query(value = "delete from interaction_contact where contact_id = :mergedId", nativeQuery = true)
    int removeContact(long mergedId);
}
