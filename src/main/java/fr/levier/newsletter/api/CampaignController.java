package fr.levier.newsletter.api;

import fr.levier.newsletter.AudienceReport;
import fr.levier.newsletter.CampaignDraft;
import fr.levier.newsletter.CampaignFilter;
import fr.levier.newsletter.CampaignService;
import fr.levier.newsletter.CampaignStatus;
import fr.levier.newsletter.CampaignSummary;
import fr.levier.newsletter.RecipientRow;
import fr.levier.newsletter.RecipientStatus;
import fr.levier.newsletter.RenderedMessage;
import fr.levier.partner.AudienceMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
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

/** Newsletter campaigns: create, preview, audience, send or schedule, pause, resume, cancel, follow. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Campaigns")
@PreAuthorize("hasRole('VIEWER')")
class CampaignController {

    /**
     * When to start sending.
     *
     * @param at      an instant in the future (ISO-8601, e.g. {@code 2026-12-01T08:00:00Z})
     * @param version the version you read, or {@code null}
     */
    record Schedule(@NotNull Instant at, Long version) {}

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping
    @Operation(summary = "Campaigns, paged (sort by updatedAt, subject, status)")
    PagedModel<CampaignSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) CampaignStatus status,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(campaigns.find(new CampaignFilter(q, status), pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Creates a draft from {subject, html, segmentId} (html is sanitised); 201 with its id")
    CampaignResource create(@Valid @RequestBody CampaignDraft draft) {
        return CampaignResource.of(campaigns.create(draft));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Status (DRAFT, SCHEDULED, SENDING, SENT, PAUSED, CANCELLED) and counts")
    CampaignResource get(@PathVariable long id) {
        return CampaignResource.of(campaigns.get(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Changes a draft; send the version you read (409 when stale, 422 when not a draft)")
    CampaignResource update(
            @PathVariable long id, @RequestParam long version, @Valid @RequestBody CampaignDraft draft) {
        return CampaignResource.of(campaigns.update(id, version, draft));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Deletes a draft")
    void delete(@PathVariable long id) {
        campaigns.delete(id);
    }

    @GetMapping("/{id}/audience")
    @Operation(summary = "Recipients the campaign would reach now, and those excluded by reason")
    AudienceReport audience(@PathVariable long id) {
        return campaigns.audience(campaigns.get(id).draft());
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "The e-mail as a recipient sees it (contactId: one of the audience; default: sample values)")
    RenderedMessage preview(@PathVariable long id, @RequestParam(required = false) Long contactId) {
        CampaignDraft draft = campaigns.get(id).draft();
        AudienceMember member = contactId == null
                ? null
                : campaigns.sampleRecipients(draft, Integer.MAX_VALUE).stream()
                        .filter(m -> m.contactId().equals(contactId))
                        .findFirst()
                        .orElseThrow(() -> new fr.levier.shared.api.NotFoundException("recipient " + contactId));
        return campaigns.preview(draft, member);
    }

    @PostMapping("/{id}/send")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Sends now: recipients are fixed and sending starts in the background (202, does not wait)")
    CampaignResource send(@PathVariable long id, @RequestParam(required = false) Long version) {
        return CampaignResource.of(campaigns.send(id, version));
    }

    @PostMapping("/{id}/schedule")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Schedules sending at a future instant")
    CampaignResource schedule(@PathVariable long id, @Valid @RequestBody Schedule schedule) {
        return CampaignResource.of(campaigns.schedule(id, schedule.version(), schedule.at()));
    }

    @PostMapping("/{id}/pause")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Pauses a scheduled or sending campaign")
    CampaignResource pause(@PathVariable long id) {
        return CampaignResource.of(campaigns.pause(id));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Resumes a paused campaign")
    CampaignResource resume(@PathVariable long id) {
        return CampaignResource.of(campaigns.resume(id));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Cancels: nothing more is sent")
    CampaignResource cancel(@PathVariable long id) {
        return CampaignResource.of(campaigns.cancel(id));
    }

    @PostMapping("/{id}/duplicate")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "A new draft with the same content and audience")
    CampaignResource duplicate(@PathVariable long id) {
        return CampaignResource.of(campaigns.duplicate(id));
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "Per-recipient status, paged; duplicates=true lists messages that may have arrived twice")
    PagedModel<RecipientRow> recipients(
            @PathVariable long id,
            @RequestParam(required = false) RecipientStatus status,
            @RequestParam(defaultValue = "false") boolean duplicates,
            @ParameterObject Pageable pageable) {
        return new PagedModel<>(campaigns.recipients(id, status, duplicates, pageable));
    }
}
