package fr.levier.partner.api;

import fr.levier.partner.TaskDraft;
import fr.levier.partner.TaskFilter;
import fr.levier.partner.TaskService;
import fr.levier.partner.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.security.Principal;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tasks: per assignee ("mine=true"), per partner, per contact; overdue flagged. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks")
@PreAuthorize("hasRole('VIEWER')")
class TaskController {

    private final TaskService tasks;

    TaskController(TaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Tasks, by due date; mine=true for the caller's, open=true to hide done ones")
    PagedModel<TaskView> list(
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) Long contactId,
            @RequestParam(defaultValue = "false") boolean open,
            @ParameterObject Pageable pageable,
            Principal principal) {
        return new PagedModel<>(tasks.find(
                new TaskFilter(mine ? principal.getName() : assignee, partnerId, contactId, open), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task")
    TaskView get(@PathVariable long id) {
        return tasks.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Create a task")
    TaskView create(@Valid @RequestBody TaskDraft draft) {
        return tasks.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Update a task; send the version you read (409 when someone else saved it since)")
    TaskView update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody TaskDraft draft) {
        return tasks.update(id, version, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Delete a task")
    void delete(@PathVariable long id) {
        tasks.delete(id);
    }
}
