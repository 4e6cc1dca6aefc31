package fr.levier.funding;

import fr.levier.shared.validation.SafeText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What an admin enters for a programme of the catalogue. Leave a value empty ({@code null}) when no
 * text gives it: it shows "non renseigné" and no ceiling of that kind is applied.
 *
 * @param code                     short code, capitals, digits and dashes (DSIL, FONDS-VERT)
 * @param name                     full name
 * @param stateRules               décret 2018-514 applies (State investment grants other than DETR/DSIL)
 * @param startYears               years from notification to the start, {@code null} when unknown
 * @param completionYears          years from the start to completion, {@code null} when unknown
 * @param extensionYears           most the start deadline may be extended, years
 * @param completionExtensionYears most the completion deadline may be extended, years
 * @param advanceCeilingPct        advance ceiling, % of the award
 * @param advanceGuaranteePct      highest advance with a guarantee, % of the award (at least the advance ceiling)
 * @param cumulativeCeilingPct     advance + interim ceiling, % of the award (at least the advance ceiling)
 * @param longOperationPct         advance + interim ceiling of operations longer than 48 months
 * @param sourceText               the legal reference or funder's rule the values come from (required)
 */
public record ProgrammeInput(
        @NotBlank @Size(max = 20) @Pattern(regexp = "[A-Z0-9][A-Z0-9-]*")
        String code,

        @NotBlank @Size(max = 200) @SafeText String name,
        @NotNull Boolean stateRules,
        @Min(0) @Max(20) Integer startYears,
        @Min(0) @Max(20) Integer completionYears,
        @Min(0) @Max(10) Integer extensionYears,
        @Min(0) @Max(10) Integer completionExtensionYears,

        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal advanceCeilingPct,

        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal advanceGuaranteePct,

        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal cumulativeCeilingPct,

        @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
        BigDecimal longOperationPct,

        @NotBlank @Size(max = 1000) @SafeText String sourceText) {}
