package fr.levier.partner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CrmTaskRepository extends JpaRepository<CrmTask, Long> {

    String MATCHES = """
            (:assignee is null or t.assignee = :assignee)
            and (:partnerId is null or p.id = :partnerId)
            and (:contactId is null or c.id = :contactId)
            and (:openOnly = false or t.done = false)
            """;

    String VIEW = "select new fr.levier.partner.TaskView(t.id, t.title, t.dueDate, t.assignee, p.id, p.name, c.id,"
            + " concat(coalesce(concat(c.firstName, ' '), ''), c.lastName), t.projectId, t.done,"
            + " case when t.done = false and t.dueDate < :today then true else false end, t.version, t.commitmentId)"
            + " from CrmTask t left join t.partner p left join t.contact c";

    @Query(VIEW + " where t.projectId = :projectId order by t.done, t.dueDate, t.id")
    java.util.List<TaskView> ofProject(Long projectId, java.time.LocalDate today);

    @Query(VIEW + " where t.id = :id")
    java.util.Optional<TaskView> view(Long id, java.time.LocalDate today);

    @Query(
            value = VIEW + " where " + MATCHES,
            countQuery = "select count(t) from CrmTask t left join t.partner p left join t.contact c where " + MATCHES)
    Page<TaskView> search(
            String assignee,
            Long partnerId,
            Long contactId,
            boolean openOnly,
            java.time.LocalDate today,
            Pageable pageable);

    @Query("select count(t) from CrmTask t left join t.partner p left join t.contact c where " + MATCHES)
    long countMatching(String assignee, Long partnerId, Long contactId, boolean openOnly);

    @Modifying
    @Query("update CrmTask t set t.partner.id = :survivorId where t.partner.id = :mergedId")
    int repoint(Long mergedId, Long survivorId);

    long countByPartnerId(Long partnerId);

    @Modifying
    @Query("update CrmTask t set t.contact.id = :survivorId where t.contact.id = :mergedId")
    int repointContact(Long mergedId, Long survivorId);
}
