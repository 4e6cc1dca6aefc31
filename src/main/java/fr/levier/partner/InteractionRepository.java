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

    @Modifying
    @Query("update Interaction i set i.partner.id = :survivorId where i.partner.id = :mergedId")
    int repoint(Long mergedId, Long survivorId);

    long countByPartnerId(Long partnerId);
}
