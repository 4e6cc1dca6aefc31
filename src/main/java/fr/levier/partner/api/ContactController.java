package fr.levier.partner.api;

import fr.levier.partner.AffiliationDraft;
import fr.levier.partner.AffiliationView;
import fr.levier.partner.ConsentChannel;
import fr.levier.partner.ConsentEntry;
import fr.levier.partner.ConsentLogService;
import fr.levier.partner.ConsentStatus;
import fr.levier.partner.ContactDetails;
import fr.levier.partner.ContactDraft;
import fr.levier.partner.ContactField;
import fr.levier.partner.ContactFilter;
import fr.levier.partner.ContactMergeRequest;
import fr.levier.partner.ContactMergeService;
import fr.levier.partner.ContactService;
import fr.levier.partner.ContactSummary;
import fr.levier.partner.ExportFormat;
import fr.levier.partner.ExportService;
import fr.levier.partner.PersonalDataExport;
import fr.levier.partner.PersonalDataService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

/** Contacts (people) and their affiliations to partners. */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contacts")
@PreAuthorize("hasRole('VIEWER')")
class ContactController {

    private final ContactService contacts;
    private final ExportService exports;
    private final ConsentLogService consentLog;
    private final PersonalDataService personalData;
    private final ContactMergeService merges;

    /**
     * A merge as the API takes it: the contact in the path is kept.
     *
     * @param mergedId        the contact removed
     * @param takeFromMerged  fields whose value comes from the removed record
     * @param survivorVersion version of the kept record as read (409 when stale)
     * @param mergedVersion   version of the removed record as read
     */
    record MergeBody(
            @jakarta.validation.constraints.NotNull Long mergedId,
            java.util.Set<ContactField> takeFromMerged,
            Long survivorVersion,
            Long mergedVersion) {}

    ContactController(
            ContactService contacts,
            ExportService exports,
            ConsentLogService consentLog,
            PersonalDataService personalData,
            ContactMergeService merges) {
        this.merges = merges;
        this.contacts = contacts;
        this.exports = exports;
        this.consentLog = consentLog;
        this.personalData = personalData;
    }

    @GetMapping
    @Operation(summary = "Contacts, paged; q matches the start of the last name, first name or e-mail")
    PagedModel<ContactSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) ConsentStatus consent,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(contacts.find(new ContactFilter(q, partnerId, consent), pageable));
    }

    @GetMapping("/export")
    @PreAuthorize("@personalDataPolicy.mayExport()")
    @Operation(summary = "The filtered list as a CSV or XLSX file (roles of levier.privacy.export-roles; logged)")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) ConsentStatus consent,
            @RequestParam(defaultValue = "CSV") ExportFormat format,
            Locale locale) {
        byte[] body = exports.contacts(new ContactFilter(q, partnerId, consent), format, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contacts." + format.extension() + "\"")
                .body(body);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One contact")
    ContactDetails get(@PathVariable long id) {
        return contacts.details(id);
    }

    @GetMapping("/{id}/consent-log")
    @Operation(summary = "The contact's consent changes, newest first (who, when, how, legal basis)")
    PagedModel<ConsentEntry> consentLog(@PathVariable long id, @ParameterObject Pageable pageable) {
        contacts.details(id);
        return new PagedModel<>(consentLog.history(id, pageable));
    }

    @GetMapping("/{id}/consent-log/export")
    @Operation(summary = "The contact's whole consent log as CSV")
    ResponseEntity<byte[]> consentLogCsv(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, ExportFormat.CSV.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"consent-log-" + id + ".csv\"")
                .body(consentLog.exportCsv(id, locale));
    }

    @GetMapping("/{id}/affiliations")
    @Operation(summary = "Where the contact works and worked")
    List<AffiliationView> affiliations(@PathVariable long id) {
        contacts.details(id);
        return contacts.affiliationsOfContact(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Create a contact; refused (422) when the e-mail is already used unless force=true")
    ContactDetails create(@Valid @RequestBody ContactDraft draft, @RequestParam(defaultValue = "false") boolean force) {
        return contacts.create(draft, force, ConsentChannel.API);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Update a contact")
    ContactDetails update(@PathVariable long id, @Valid @RequestBody ContactDraft draft) {
        return contacts.update(id, draft, ConsentChannel.API);
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(
            summary = "Merge another record of the same person into this one: chosen fields, affiliations,"
                    + " interactions, tasks and consent log move here; the other record is deleted (history kept)")
    ContactDetails merge(@PathVariable long id, @Valid @RequestBody MergeBody body) {
        return merges.merge(new ContactMergeRequest(
                id, body.mergedId(), body.takeFromMerged(), body.survivorVersion(), body.mergedVersion()));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Refused (422): a person is erased with POST /api/contacts/{id}/erasure, which anonymises")
    void delete(@PathVariable long id) {
        contacts.delete(id);
    }

    @GetMapping("/{id}/personal-data")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Right of access: everything held about the contact (JSON); the export is logged")
    PersonalDataExport personalData(@PathVariable long id) {
        return personalData.export(id);
    }

    @GetMapping(value = "/{id}/personal-data", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Right of access as a readable PDF (Accept: application/pdf)")
    ResponseEntity<byte[]> personalDataPdf(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + id + ".pdf\"")
                .body(personalData.exportPdf(id));
    }

    @PostMapping("/{id}/erasure")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Right to erasure: anonymises the contact, its audit history and the texts naming it;"
                    + " interactions, tasks and funding stay")
    void erase(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
                    @io.swagger.v3.oas.annotations.Parameter(
                            description = "why (kept in the erasure record and the audit log; no personal data),"
                                    + " ERASURE_REQUEST when absent")
                    String reason) {
        if (reason == null) {
            personalData.erase(id);
        } else {
            personalData.erase(id, reason);
        }
    }

    @PostMapping("/affiliations")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Link a contact to a partner")
    AffiliationView affiliate(@Valid @RequestBody AffiliationDraft draft) {
        return contacts.affiliate(draft);
    }

    @PostMapping("/affiliations/{affiliationId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "End an affiliation (kept in the history)")
    void end(@PathVariable long affiliationId, @RequestParam(required = false) LocalDate date) {
        contacts.endAffiliation(affiliationId, date);
    }
}
