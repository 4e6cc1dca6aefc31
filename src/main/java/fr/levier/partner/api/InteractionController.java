package fr.levier.partner.api;

import fr.levier.partner.InteractionDraft;
import fr.levier.partner.InteractionService;
import fr.levier.partner.InteractionView;
import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.i18n.Messages;
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

/** Interactions: timelines per partner and per contact. */
@RestController
@RequestMapping("/api/interactions")
@Tag(name = "Interactions")
@PreAuthorize("hasRole('VIEWER')")
class InteractionController {

    private final InteractionService interactions;

    InteractionController(InteractionService interactions) {
        this.interactions = interactions;
    }

    @GetMapping
    @Operation(summary = "Timeline of a partner (partnerId) or of a contact (contactId), latest first")
    PagedModel<InteractionView> list(
            @RequestParam(required = false) Long partnerId,
            @RequestParam(required = false) Long contactId,
            @ParameterObject Pageable pageable) {
        if (partnerId != null) {
            return new PagedModel<>(interactions.ofPartner(partnerId, pageable));
        }
        if (contactId != null) {
            return new PagedModel<>(interactions.ofContact(contactId, pageable));
        }
        throw new BusinessRuleException("partnerId", Messages.get("interaction.error.partnerOrContact"));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One interaction")
    InteractionView get(@PathVariable long id) {
        return interactions.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Record an interaction")
    InteractionView create(@Valid @RequestBody InteractionDraft draft) {
        return interactions.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Correct an interaction")
    InteractionView update(@PathVariable long id, @Valid @RequestBody InteractionDraft draft) {
        return interactions.update(id, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Delete an interaction")
    void delete(@PathVariable long id) {
        interactions.delete(id);
    }
}
