package fr.levier.partner;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Something to do for a partner, a contact or a project, by a user, before a date. */
@Entity
@Table(name = "crm_task")
class CrmTask extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(nullable = false, length = 60)
    private String assignee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id")
    private Partner partner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "commitment_id")
    private Long commitmentId;

    @Column(nullable = false)
    private boolean done;

    protected CrmTask() {}

    CrmTask(String title, String assignee) {
        this.title = title;
        this.assignee = assignee;
    }

    void apply(TaskDraft d, Partner partner, Contact contact) {
        title = d.title().trim();
        dueDate = d.dueDate();
        assignee = d.assignee().trim();
        this.partner = partner;
        this.contact = contact;
        projectId = d.projectId();
        commitmentId = d.commitmentId();
        done = d.done();
    }

    /** Erasure: rewrites the title without the person's mentions. */
    void scrub(java.util.function.UnaryOperator<String> scrubber) {
        title = scrubber.apply(title);
    }

    void setDone(boolean done) {
        this.done = done;
    }

    void setPartner(Partner partner) {
        this.partner = partner;
    }
}
