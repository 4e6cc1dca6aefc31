package fr.levier.funding.api;

import fr.levier.funding.ClaimInput;
import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.PaymentInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** Payment claims (demandes de versement) and cash received. Ceilings per programme; refusals name the rule. */
@RestController
@RequestMapping("/api/claims")
@Tag(name = "Claims")
@PreAuthorize("hasRole('VIEWER')")
class ClaimController {

    private final ClaimService claims;

    ClaimController(ClaimService claims) {
        this.claims = claims;
    }

    @GetMapping
    @Operation(summary = "Claims of a commitment (commitmentId) or of the commitments funding a project (projectId)")
    List<ClaimSummary> list(
            @RequestParam(required = false) Long commitmentId, @RequestParam(required = false) Long projectId) {
        if (commitmentId != null) {
            return claims.claims(commitmentId);
        }
        if (projectId != null) {
            return claims.claimsOfProject(projectId);
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "commitmentId or projectId is required");
    }

    @GetMapping("/{id}")
    @Operation(summary = "One claim")
    ClaimSummary get(@PathVariable long id) {
        return claims.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Prepares a claim on an awarded commitment (422 naming the ceiling when exceeded: advance ≤ 30 %, advance + interim ≤ 80 %, final on completion by default)")
    ClaimSummary create(@RequestParam long commitmentId, @Valid @RequestBody ClaimInput input) {
        return claims.create(commitmentId, input);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Changes a claim that is not paid; send the version you read")
    ClaimSummary update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody ClaimInput input) {
        return claims.update(id, version, input);
    }

    @PostMapping("/{id}/payment")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary =
                    "Finance records the amount and date cashed on a sent claim: at most the amount claimed, dated at most 3 days after today and not before it was sent")
    ClaimSummary recordPayment(
            @PathVariable long id, @RequestParam long version, @Valid @RequestBody PaymentInput payment) {
        return claims.recordPayment(id, version, payment);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary = "Cancels a claim that is not paid, with a reason: kept, no longer counted against the ceilings")
    ClaimSummary delete(@PathVariable long id, @RequestParam String reason) {
        return claims.cancel(id, reason);
    }

    /**
     * A correction.
     *
     * @param version the version you read
     * @param reason  why the payment is reversed
     */
    record Reversal(
            long version, @NotBlank @Size(max = 1000) String reason) {}

    @PostMapping("/{id}/payment/reversal")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(
            summary =
                    "Finance reverses a payment recorded by mistake: a reversal line (amount, date, reason, audited), the claim is sent again and the commitment's state recomputed")
    ClaimSummary reverse(@PathVariable long id, @Valid @RequestBody Reversal reversal) {
        return claims.reversePayment(id, reversal.version(), reversal.reason());
    }
}
