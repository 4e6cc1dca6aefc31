package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A funding programme (DSIL, DETR, FEDER…) with its lapse durations and claim ceilings. */
@Entity
@Table(name = "funding_programme")
class FundingProgramme extends AbstractEntity {

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "state_rules", nullable = false)
    private boolean stateRules;

    @Column(name = "start_years")
    private Integer startYears;

    @Column(name = "completion_years")
    private Integer completionYears;

    @Column(name = "extension_years")
    private Integer extensionYears;

    @Column(name = "advance_ceiling_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal advanceCeilingPct;

    @Column(name = "cumulative_ceiling_pct", nullable = false, precision = 5, scale = 2)
    private BigDecimal cumulativeCeilingPct;

    protected FundingProgramme() {}

    String getCode() {
        return code;
    }

    ProgrammeSummary toSummary() {
        return new ProgrammeSummary(
                getId(),
                code,
                name,
                stateRules,
                startYears,
                completionYears,
                extensionYears,
                advanceCeilingPct,
                cumulativeCeilingPct);
    }
}
