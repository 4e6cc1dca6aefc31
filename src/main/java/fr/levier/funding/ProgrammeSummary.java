package fr.levier.funding;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A funding programme of the catalogue and its rules. A {@code null} value is one nobody could source
 * ("non renseigné / source à compléter"): the rules then apply no ceiling of that kind (the award
 * still caps every claim) and the screens say so.
 *
 * @param id                       database id
 * @param version                  optimistic-locking version
 * @param code                     short code (DSIL, DETR, FEDER…)
 * @param name                     full name
 * @param stateRules               décret 2018-514 applies
 * @param startYears               years from notification to start of works, {@code null} when unknown
 * @param completionYears          years from start to completion, {@code null} when unknown
 * @param extensionYears           most the start deadline may be extended, years, {@code null} when unknown
 * @param completionExtensionYears most the completion deadline may be extended, years, {@code null} when unknown
 * @param advanceCeilingPct        advance ceiling, % of award, {@code null} when unknown
 * @param advanceGuaranteePct      highest advance with a guarantee, % of award, {@code null} when unknown
 * @param cumulativeCeilingPct     advance + interim ceiling, % of award, {@code null} when unknown
 * @param longOperationPct         advance + interim ceiling above 48 months, % of award, {@code null} when unknown
 * @param sourceText               the text the values come from (legal reference, funder's rule)
 * @param updatedBy                who last changed the row
 * @param updatedAt                when
 */
public record ProgrammeSummary(
        Long id,
        long version,
        String code,
        String name,
        boolean stateRules,
        Integer startYears,
        Integer completionYears,
        Integer extensionYears,
        Integer completionExtensionYears,
        BigDecimal advanceCeilingPct,
        BigDecimal advanceGuaranteePct,
        BigDecimal cumulativeCeilingPct,
        BigDecimal longOperationPct,
        String sourceText,
        String updatedBy,
        Instant updatedAt) {

    /** @return the lapse durations */
    public LapseClock.Rules lapseRules() {
        return new LapseClock.Rules(startYears, completionYears, extensionYears);
    }

    /** @return the claim ceilings */
    public ClaimCeilings ceilings() {
        return new ClaimCeilings(advanceCeilingPct, cumulativeCeilingPct, advanceGuaranteePct, longOperationPct);
    }

    /** @return the same values as an input, to edit */
    public ProgrammeInput toInput() {
        return new ProgrammeInput(
                code,
                name,
                stateRules,
                startYears,
                completionYears,
                extensionYears,
                completionExtensionYears,
                advanceCeilingPct,
                advanceGuaranteePct,
                cumulativeCeilingPct,
                longOperationPct,
                sourceText);
    }
}
