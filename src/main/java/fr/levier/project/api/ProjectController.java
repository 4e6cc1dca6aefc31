package fr.levier.project.api;

import fr.levier.project.ProjectDetails;
import fr.levier.project.ProjectFilter;
import fr.levier.project.ProjectInput;
import fr.levier.project.ProjectService;
import fr.levier.project.ProjectStatus;
import fr.levier.project.ProjectSummary;
import fr.levier.shared.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Projects of the portfolio. The financing plan is at {@code /api/projects/{id}/financing-plan}. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Projects")
@PreAuthorize("hasRole('VIEWER')")
class ProjectController {

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    @Operation(summary = "Projects matching the filters, paged (sort by name, code, status, totalCostExclTax…)")
    PagedModel<ProjectSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ProjectStatus status,
            @RequestParam(required = false) String officer,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(projects.find(new ProjectFilter(q, status, officer, null), pageable));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One project with its dossier dates and version")
    ProjectDetails get(@PathVariable long id) {
        return projects.get(id).orElseThrow(() -> new NotFoundException("Project " + id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Creates a project (422 with the rule's message when refused)")
    ProjectDetails create(@Valid @RequestBody ProjectInput input) {
        return projects.create(input);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Changes a project; send the version you read (409 when someone else saved it since)")
    ProjectDetails update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody ProjectInput input) {
        return projects.update(id, version, input);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Deletes a project that nothing funds (422 otherwise)")
    void delete(@PathVariable long id) {
        projects.delete(id);
    }
}
