package fr.levier.partner.api;

import fr.levier.partner.AffiliationView;
import fr.levier.partner.ContactService;
import fr.levier.partner.DuplicateCandidate;
import fr.levier.partner.ExportFormat;
import fr.levier.partner.ExportService;
import fr.levier.partner.MergeRequest;
import fr.levier.partner.PartnerDetails;
import fr.levier.partner.PartnerDraft;
import fr.levier.partner.PartnerFilter;
import fr.levier.partner.PartnerKey;
import fr.levier.partner.PartnerService;
import fr.levier.partner.PartnerSummary;
import fr.levier.partner.PartnerType;
import fr.levier.partner.PublicMoney;
import fr.levier.partner.RelationshipStatus;
import fr.levier.shared.api.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

/** Partners (organisations) of the network: list, read, create, update, delete, duplicates, merge, export. */
@RestController
@RequestMapping("/api/partners")
@Tag(name = "Partners")
@PreAuthorize("hasRole('VIEWER')")
class PartnerController {

    private final PartnerService partners;
    private final ContactService contacts;
    private final ExportService exports;

    PartnerController(PartnerService partners, ContactService contacts, ExportService exports) {
        this.partners = partners;
        this.contacts = contacts;
        this.exports = exports;
    }

    @GetMapping
    @Operation(
            summary =
                    "Partners matching the filters, paged (sort by name, town, type…); q matches name, town or SIRET start")
    PagedModel<PartnerSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) RelationshipStatus status,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) String tag,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(partners.find(new PartnerFilter(q, type, status, officer, tag), pageable));
    }

    @GetMapping("/scroll")
    @Operation(
            summary = "Partners matching the filters in name order, by keyset: give back `next` as `after` for the"
                    + " following rows (as fast on the thousandth page as on the first; no total; size 1 to 1 000)")
    PartnerScroll scroll(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) RelationshipStatus status,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) String tag,
            @RequestParam(required = false) PartnerKey after,
            @RequestParam(defaultValue = "false") boolean descending,
            @RequestParam(defaultValue = "50") int size) {
        List<PartnerSummary> rows =
                partners.after(new PartnerFilter(q, type, status, officer, tag), after, descending, size);
        String next = rows.size() < size ? null : PartnerKey.of(rows.getLast()).cursor();
        return new PartnerScroll(rows, next);
    }

    /**
     * A keyset page of partners.
     *
     * @param content the rows, in name order
     * @param next    the cursor to pass as {@code after} for the following rows; {@code null} on the last page
     */
    record PartnerScroll(List<PartnerSummary> content, String next) {}

    @GetMapping("/export")
    @Operation(summary = "The filtered list as a CSV or XLSX file")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartnerType type,
            @RequestParam(required = false) RelationshipStatus status,
            @RequestParam(required = false) String officer,
            @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale) {
        byte[] body = exports.partners(new PartnerFilter(q, type, status, officer, tag), format, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partners." + format.extension() + "\"")
                .body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner")
    PartnerDetails get(@PathVariable long id) {
        return partners.details(id);
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The partner's contacts, current first, then past ones")
    List<AffiliationView> contacts(@PathVariable long id) {
        partners.details(id);
        return contacts.affiliationsOfPartner(id);
    }

    @PostMapping("/duplicates")
    @Operation(
            summary =
                    "Existing partners that look like this one (same SIRET, or same normalised name in the same town)")
    List<DuplicateCandidate> duplicates(@RequestBody PartnerDraft draft) {
        return partners.duplicatesOf(draft, null);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Create a partner; refused (422) when it looks like an existing one unless force=true; a used SIRET is always refused")
    PartnerDetails create(@Valid @RequestBody PartnerDraft draft, @RequestParam(defaultValue = "false") boolean force) {
        return partners.create(draft, force);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Update a partner (send the version read; 409 if someone changed it since)")
    PartnerDetails update(@PathVariable long id, @Valid @RequestBody PartnerDraft draft) {
        return partners.update(id, draft);
    }

    @GetMapping("/{id}/public-money")
    @Operation(
            summary = "Whether the partner's money counts as public funding (CGCT L1111-10): default from its type,"
                    + " overridable (a CAF, private law with a public-service mission, does not count)")
    PublicMoney publicMoney(@PathVariable long id) {
        return PublicMoney.of(partners.get(id).orElseThrow(() -> new NotFoundException("Partner " + id)));
    }

    @PutMapping("/{id}/public-money")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Record whether the partner's money is public; publicMoney null follows the type again")
    PublicMoney setPublicMoney(@PathVariable long id, @RequestBody PublicMoney.Input input) {
        return PublicMoney.of(partners.setPublicMoney(id, input.publicMoney(), input.version()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Delete a partner nothing refers to")
    void delete(@PathVariable long id) {
        partners.delete(id);
    }

    @PostMapping("/merge")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary =
                    "Merge two partners: fields listed in takeFromMerged come from the merged one; everything moves to the survivor")
    PartnerDetails merge(@Valid @RequestBody MergeRequest request) {
        return partners.merge(request);
    }
}
