package fr.levier.funding.api;

import fr.levier.funding.CommitmentDetails;
import fr.levier.funding.CommitmentFilter;
import fr.levier.funding.CommitmentInput;
import fr.levier.funding.CommitmentKind;
import fr.levier.funding.CommitmentService;
import fr.levier.funding.CommitmentStatus;
import fr.levier.funding.CommitmentSummary;
import fr.levier.funding.ProgrammeSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
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

/** Funding commitments (grants, mécénat…) and their lifecycle. */
@RestController
@RequestMapping("/api/commitments")
@Tag(name = "Commitments")
@PreAuthorize("hasRole('VIEWER')")
class CommitmentController {

    /**
     * A status change.
     *
     * @param status  the target status (allowed transitions only)
     * @param version the version you read
     */
    record StatusChange(@NotNull CommitmentStatus status, long version) {}

    private final CommitmentService commitments;

    CommitmentController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "Commitments matching the filters, paged (sort by title, status, amountRequested…)")
    PagedModel<CommitmentSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) CommitmentKind kind,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(commitments.find(new CommitmentFilter(q, partnerId, status, kind), pageable));
    }

    @GetMapping("/programmes")
    @Operation(summary = "Funding programmes with their lapse durations and claim ceilings")
    List<ProgrammeSummary> programmes() {
        return commitments.programmes();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One commitment with allocated total, next deadline and mécénat check")
    CommitmentDetails get(@PathVariable long id) {
        return commitments.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary = "Records a commitment, directly in the status the officer knows (IDENTIFIED by default)",
            description = """
                    One call instead of one per step: `?status=REQUESTED` or `?status=AWARDED`… The commitment walks the \
                    lifecycle's allowed transitions from IDENTIFIED (IDENTIFIED → REQUESTED → COMPLETE → AWARDED | REFUSED → \
                    CONVENTION_SIGNED), each with its checks, and needs the dates that prove the status: \
                    `dates.submittedOn` from REQUESTED on; `dates.decidedOn` for AWARDED, REFUSED and CONVENTION_SIGNED, \
                    with `amountAwarded` > 0 for an award; `dates.conventionSignedOn` for CONVENTION_SIGNED. \
                    Allowed: IDENTIFIED, REQUESTED, COMPLETE, AWARDED, REFUSED, CONVENTION_SIGNED. PARTIALLY_PAID, PAID \
                    and CLOSED follow the payments recorded on claims; LAPSED and WITHDRAWN are decisions on an existing \
                    commitment (`POST /{id}/status`). A missing date or amount is a 422 naming the field.""")
    CommitmentDetails create(
            @Valid @RequestBody CommitmentInput input,
            @Parameter(description = "Status to create the commitment in (default IDENTIFIED)")
                    @RequestParam(required = false)
                    CommitmentStatus status) {
        return commitments.create(input, status);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Changes a commitment's data; send the version you read (409 when stale, 422 when the award falls below the allocations)")
    CommitmentDetails update(
            @PathVariable long id, @RequestParam long version, @Valid @RequestBody CommitmentInput input) {
        return commitments.update(id, version, input);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Moves the commitment along its lifecycle (422 for a transition that is not allowed)")
    CommitmentDetails changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change) {
        return commitments.changeStatus(id, change.version(), change.status());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Cancels a commitment with a reason (never deleted): an open one is withdrawn, its lines stay in reports as such; one with money received is closed instead (422)")
    CommitmentDetails delete(@PathVariable long id, @RequestParam String reason) {
        return commitments.cancel(id, reason);
    }
}
