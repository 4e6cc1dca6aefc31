package fr.levier.partner.api;

import fr.levier.partner.SegmentDraft;
import fr.levier.partner.SegmentMember;
import fr.levier.partner.SegmentService;
import fr.levier.partner.SegmentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Segments (saved filters) and their members, for newsletters and reports. */
@RestController
@RequestMapping("/api/segments")
@Tag(name = "Segments")
@PreAuthorize("hasRole('VIEWER')")
class SegmentController {

    private final SegmentService segments;

    SegmentController(SegmentService segments) {
        this.segments = segments;
    }

    @GetMapping
    @Operation(summary = "Every segment with its live counts")
    List<SegmentView> list() {
        return segments.all();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One segment with its live counts")
    SegmentView get(@PathVariable long id) {
        return segments.get(id);
    }

    @GetMapping("/{id}/members")
    @Operation(
            summary =
                    "The contacts the segment reaches (current affiliation, e-mail, not do-not-contact, consent if required)")
    PagedModel<SegmentMember> members(@PathVariable long id, @ParameterObject Pageable pageable) {
        return new PagedModel<>(segments.members(id, pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Save a segment")
    SegmentView create(@Valid @RequestBody SegmentDraft draft) {
        return segments.create(draft);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Change a segment (send the version read)")
    SegmentView update(@PathVariable long id, @RequestParam long version, @Valid @RequestBody SegmentDraft draft) {
        return segments.update(id, version, draft);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Delete a segment")
    void delete(@PathVariable long id) {
        segments.delete(id);
    }
}
