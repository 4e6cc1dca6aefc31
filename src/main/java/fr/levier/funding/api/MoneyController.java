package fr.levier.funding.api;

import fr.levier.funding.ClaimService;
import fr.levier.funding.ClaimSummary;
import fr.levier.funding.MecenatReceiptService;
import fr.levier.funding.PaymentInput;
import fr.levier.funding.ReceiptSummary;
import fr.levier.funding.RepaymentInput;
import fr.levier.funding.Settlement;
import fr.levier.funding.TermsInput;
import fr.levier.funding.TermsSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The money side of a commitment: terms of the award (extensions, advance rate, operation length,
 * expenses), settlement (final grant, remaining to claim, to repay), repayments, gifts paid in one go,
 * and mécénat receipts (CGI art. 238 bis).
 */
@RestController
@Tag(name = "Money")
@PreAuthorize("hasRole('VIEWER')")
class MoneyController {

    /**
     * Which payments a receipt covers: a paid claim (one per payment), or a commitment and year (one per year).
     *
     * @param claimId      the paid claim
     * @param commitmentId the gift
     * @param year         the year
     */
    record ReceiptRequest(Long claimId, Long commitmentId, Integer year) {}

    /**
     * A cancellation.
     *
     * @param reason why
     */
    record Cancellation(@NotBlank @Size(max = 1000) String reason) {}

    private final ClaimService claims;
    private final MecenatReceiptService receipts;

    MoneyController(ClaimService claims, MecenatReceiptService receipts) {
        this.claims = claims;
        this.receipts = receipts;
    }

    @GetMapping("/api/commitments/{id}/terms")
    @Operation(
            summary =
                    "Terms of the award with the lapse verdict (late start, ineligible start) and the ceilings, each citing its text")
    TermsSummary terms(@PathVariable long id) {
        return claims.terms(id);
    }

    @PutMapping("/api/commitments/{id}/terms")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Records the terms: start extension date (≤ 1 year), completion extension date (≤ 2 years for DETR/DSIL), advance rate (≤ 60 %, above the default only with a guarantee), operation months (> 48: interim 90 %), subsidised and actual eligible expense; send the version you read (0 the first time)")
    TermsSummary updateTerms(@PathVariable long id, @RequestParam long version, @Valid @RequestBody TermsInput input) {
        return claims.updateTerms(id, version, input);
    }

    @GetMapping("/api/commitments/{id}/settlement")
    @Operation(
            summary =
                    "Received, repaid, final grant (rate × actual eligible expense, capped at the award), remaining to claim or to repay, and the correction lines")
    Settlement settlement(@PathVariable long id) {
        return claims.settlement(id);
    }

    @PostMapping("/api/commitments/{id}/repayments")
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Finance records money paid back to the funder (a dated line of its own, at most what is due)")
    Settlement repay(@PathVariable long id, @Valid @RequestBody RepaymentInput input) {
        return claims.recordRepayment(id, input);
    }

    @PostMapping("/api/commitments/{id}/gift")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('FINANCE')")
    @Operation(summary = "Finance records a gift paid in one go on a commitment without a programme (one paid claim)")
    ClaimSummary gift(@PathVariable long id, @Valid @RequestBody PaymentInput payment) {
        return claims.recordGift(id, payment);
    }

    @GetMapping("/api/commitments/{id}/receipts")
    @Operation(summary = "Mécénat receipts of a gift, cancelled ones included")
    List<ReceiptSummary> receipts(@PathVariable long id) {
        return receipts.receipts(id);
    }

    @PostMapping("/api/receipts")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    @Operation(
            summary =
                    "Issues a mécénat receipt for money received: {claimId} (one per payment) or {commitmentId, year} (one per year), as the city chose; issuing twice is refused (422)")
    ReceiptSummary issue(@RequestBody ReceiptRequest request) {
        if (request.claimId() != null) {
            return receipts.issueForPayment(request.claimId());
        }
        if (request.commitmentId() != null && request.year() != null) {
            return receipts.issueForYear(request.commitmentId(), request.year());
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "claimId, or commitmentId and year, are required");
    }

    @PostMapping("/api/receipts/{id}/cancellation")
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    @Operation(summary = "Cancels a receipt with a reason (kept; its payments can be covered by a new receipt)")
    ReceiptSummary cancel(@PathVariable long id, @Valid @RequestBody Cancellation cancellation) {
        return receipts.cancel(id, cancellation.reason());
    }

    @GetMapping("/api/receipts/{id}/pdf")
    @PreAuthorize("hasRole('OFFICER') or hasRole('FINANCE')")
    @Operation(summary = "The receipt as a PDF (CERFA 16216 fields for companies)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"recu-" + id + ".pdf\"")
                .body(receipts.pdf(id));
    }
}
