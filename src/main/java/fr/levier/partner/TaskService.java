package fr.levier.partner;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Tasks of the team: per assignee ("my tasks"), per partner, per contact; overdue computed in SQL. */
@Service
@Validated
public class TaskService {

    private final CrmTaskRepository tasks;
    private final PartnerRepository partners;
    private final ContactRepository contacts;
    private final Clock clock;
    private final fr.levier.security.UserService users;
    private final LinkChecks links;

    TaskService(
            CrmTaskRepository tasks,
            PartnerRepository partners,
            ContactRepository contacts,
            fr.levier.security.UserService users,
            Clock clock,
            LinkChecks links) {
        this.users = users;
        this.links = links;
        this.tasks = tasks;
        this.partners = partners;
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * A page of tasks, by due date (tasks without a date last) unless another sort is asked.
     *
     * @param filter   criteria
     * @param pageable page and sort ({@code dueDate}, {@code title})
     * @return the page
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public Page<TaskView> find(TaskFilter filter, Pageable pageable) {
        Pageable p = pageable.isPaged() && pageable.getSort().isUnsorted()
                ? PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id")))
                : pageable;
        return tasks.search(
                blank(filter.assignee()),
                filter.partnerId(),
                filter.contactId(),
                filter.openOnly(),
                LocalDate.now(clock),
                p);
    }

    /** @return the tasks linked to a project (of the project module), open first, by due date */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public java.util.List<TaskView> ofProject(long projectId) {
        return tasks.ofProject(projectId, LocalDate.now(clock));
    }

    /** @return how many tasks match */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public long count(TaskFilter filter) {
        return tasks.countMatching(blank(filter.assignee()), filter.partnerId(), filter.contactId(), filter.openOnly());
    }

    /** @return one task */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public TaskView get(long id) {
        return view(id);
    }

    /**
     * Creates a task.
     *
     * @param draft data
     * @return the task
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public TaskView create(@Valid TaskDraft draft) {
        CrmTask t = new CrmTask(draft.title(), draft.assignee());
        apply(t, draft);
        return view(tasks.saveAndFlush(t).getId());
    }

    /**
     * Updates a task.
     *
     * @param id      the task
     * @param version the version read (409 when someone saved it since)
     * @param draft   data
     * @return the task
     */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public TaskView update(long id, long version, @Valid TaskDraft draft) {
        CrmTask t = load(id);
        t.requireVersion(version);
        apply(t, draft);
        tasks.flush();
        return view(id);
    }

    /** Marks a task done or open again. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void setDone(long id, boolean done) {
        load(id).setDone(done);
    }

    /** Deletes a task. */
    @Transactional
    @PreAuthorize("hasRole('OFFICER')")
    public void delete(long id) {
        tasks.delete(load(id));
    }

    private void apply(CrmTask t, TaskDraft d) {
        Partner p = d.partnerId() == null
                ? null
                : partners.findById(d.partnerId())
                        .orElseThrow(() -> new BusinessRuleException("partnerId", Messages.get("reference.unknown")));
        Contact c = d.contactId() == null
                ? null
                : contacts.findById(d.contactId())
                        .orElseThrow(() -> new BusinessRuleException("contactId", Messages.get("reference.unknown")));
        links.check(d.projectId(), d.commitmentId());
        if (users.findByUsername(d.assignee().trim()).isEmpty()) {
            throw new BusinessRuleException("assignee", Messages.get("reference.unknownUser", d.assignee()));
        }
        t.apply(d, p, c);
    }

    private TaskView view(long id) {
        return tasks.view(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("task " + id));
    }

    private CrmTask load(long id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException("task " + id));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
