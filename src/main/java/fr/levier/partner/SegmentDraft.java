package fr.levier.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A segment as entered.
 *
 * @param name     unique name
 * @param criteria the filter
 */
public record SegmentDraft(
        @NotBlank @Size(max = 120) String name, @NotNull SegmentCriteria criteria) {}
