package fr.levier.funding.api;

import fr.levier.funding.AllocationInput;
import fr.levier.funding.AllocationSummary;
import fr.levier.funding.CommitmentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
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
import org.springframework.web.server.ResponseStatusException;

/** Allocations: the parts of commitments assigned to projects. Their sum never exceeds the award (or request). */
@RestController
@RequestMapping("/api/allocations")
@Tag(name = "Allocations")
@PreAuthorize("hasRole('VIEWER')")
class AllocationController {

    /**
     * A new amount.
     *
     * @param amount  the amount
     * @param version the version you read
     */
    record AmountChange(
            @NotNull @jakarta.validation.constraints.Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            long version) {}

    private final CommitmentService commitments;

    AllocationController(CommitmentService commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "Allocations of a commitment (commitmentId) or of a project (projectId)")
    List<AllocationSummary> list(
            @RequestParam(required = false) Long commitmentId, @RequestParam(required = false) Long projectId) {
        if (commitmentId != null) {
            return commitments.allocations(commitmentId);
        }
        if (projectId != null) {
            return commitments.allocationsOfProject(projectId);
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "commitmentId or projectId is required");
    }

    @GetMapping("/cancelled")
    @Operation(summary = "Cancelled allocations of a commitment, with their date and reason")
    List<fr.levier.funding.CancelledAllocation> cancelled(@RequestParam long commitmentId) {
        return commitments.cancelledAllocations(commitmentId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One allocation")
    AllocationSummary get(@PathVariable long id) {
        return commitments.allocation(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Assigns part of a commitment to a project (422 when the allocations would exceed the award or request)")
    AllocationSummary create(@Valid @RequestBody AllocationInput input) {
        return commitments.allocate(input);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Changes an allocation's amount (same ceiling)")
    AllocationSummary update(@PathVariable long id, @Valid @RequestBody AmountChange change) {
        return commitments.updateAllocation(id, change.version(), change.amount());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Cancels an allocation with a reason: kept (financial records are never deleted), no longer counted")
    void delete(@PathVariable long id, @RequestParam String reason) {
        commitments.removeAllocation(id, reason);
    }
}
