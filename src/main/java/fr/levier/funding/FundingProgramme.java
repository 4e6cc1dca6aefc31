package fr.levier.funding;

import fr.levier.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/**
 * A funding programme (DSIL, DETR, FEDER…) of the catalogue: its lapse durations and claim ceilings,
 * each row with the text it comes from. A value nobody could source is {@code null} ("non renseigné"),
 * never a guess. Reference data an admin edits; audited.
 */
@Entity
@Table(name = "funding_programme")
@Audited
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

    @Column(name = "completion_extension_years")
    private Integer completionExtensionYears;

    @Column(name = "advance_ceiling_pct", precision = 5, scale = 2)
    private BigDecimal advanceCeilingPct;

    @Column(name = "advance_guarantee_pct", precision = 5, scale = 2)
    private BigDecimal advanceGuaranteePct;

    @Column(name = "cumulative_ceiling_pct", precision = 5, scale = 2)
    private BigDecimal cumulativeCeilingPct;

    @Column(name = "long_operation_pct", precision = 5, scale = 2)
    private BigDecimal longOperationPct;

    @Column(name = "source_text", length = 1000)
    private String sourceText;

    protected FundingProgramme() {}

    FundingProgramme(ProgrammeInput in) {
        apply(in);
    }

    void apply(ProgrammeInput in) {
        code = in.code().trim();
        name = in.name().trim();
        stateRules = Boolean.TRUE.equals(in.stateRules());
        startYears = in.startYears();
        completionYears = in.completionYears();
        extensionYears = in.extensionYears();
        completionExtensionYears = in.completionExtensionYears();
        advanceCeilingPct = in.advanceCeilingPct();
        advanceGuaranteePct = in.advanceGuaranteePct();
        cumulativeCeilingPct = in.cumulativeCeilingPct();
        longOperationPct = in.longOperationPct();
        sourceText = in.sourceText() == null || in.sourceText().isBlank()
                ? null
                : in.sourceText().trim();
    }

    String getCode() {
        return code;
    }

    ProgrammeSummary toSummary() {
        return new ProgrammeSummary(
                getId(),
                getVersion(),
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
                sourceText,
                getUpdatedBy(),
                getUpdatedAt());
    }
}
