package fr.levier.funding;

import java.math.BigDecimal;

/**
 * A funding programme and its rules.
 *
 * @param id                   database id
 * @param code                 short code (DSIL, DETR, FEDER…)
 * @param name                 full name
 * @param stateRules           décret 2018-514 applies
 * @param startYears           years from notification to start of works, {@code null} when none
 * @param completionYears      years from start to completion, {@code null} when none
 * @param extensionYears       extension of the start deadline, {@code null} when none
 * @param advanceCeilingPct    advance ceiling, % of award
 * @param cumulativeCeilingPct advance + interim ceiling, % of award
 */
public record ProgrammeSummary(
        Long id,
        String code,
        String name,
        boolean stateRules,
        Integer startYears,
        Integer completionYears,
        Integer extensionYears,
        BigDecimal advanceCeilingPct,
        BigDecimal cumulativeCeilingPct) {

    /** @return the lapse durations */
    public LapseClock.Rules lapseRules() {
        return new LapseClock.Rules(startYears, completionYears, extensionYears);
    }

    /** @return the claim ceilings */
    public ClaimCeilings ceilings() {
        return new ClaimCeilings(advanceCeilingPct, cumulativeCeilingPct);
    }
}
