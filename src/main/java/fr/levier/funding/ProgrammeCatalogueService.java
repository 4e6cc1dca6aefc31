package fr.levier.funding;

import fr.levier.shared.BusinessRuleException;
import fr.levier.shared.StaleRecordException;
import fr.levier.shared.api.NotFoundException;
import fr.levier.shared.i18n.Messages;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The programme catalogue: reference data (durations, ceilings, the text each comes from) that the
 * lapse clock and the claim ceilings read. Everyone reads it; an admin edits it, audited (Envers). A
 * value left empty is "non renseigné": no ceiling of that kind is applied.
 */
@Service
@Validated
public class ProgrammeCatalogueService {

    private final FundingProgrammeRepository programmes;

    ProgrammeCatalogueService(FundingProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** @return every programme, by code */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public List<ProgrammeSummary> programmes() {
        return programmes.findAll(Sort.by("code")).stream()
                .map(FundingProgramme::toSummary)
                .toList();
    }

    /** @return one programme */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('VIEWER')")
    public ProgrammeSummary programme(long id) {
        return load(id).toSummary();
    }

    /**
     * Adds a programme to the catalogue.
     *
     * @param input its values and their source
     * @return the programme
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeSummary create(@Valid ProgrammeInput input) {
        check(input);
        if (programmes.existsByCode(input.code().trim())) {
            throw new BusinessRuleException("code", Messages.get("programmes.error.codeTaken", input.code()));
        }
        return programmes.saveAndFlush(new FundingProgramme(input)).toSummary();
    }

    /**
     * Changes a programme's values. Its code stays: the lapse regime (DETR/DSIL) and imports read it.
     *
     * @param id      the programme
     * @param version the version the admin read
     * @param input   the new values and their source
     * @return the programme
     * @throws StaleRecordException when someone else saved it since
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public ProgrammeSummary update(long id, long version, @Valid ProgrammeInput input) {
        FundingProgramme p = load(id);
        p.requireVersion(version);
        if (!p.getCode().equals(input.code().trim())) {
            throw new BusinessRuleException("code", Messages.get("programmes.error.codeFixed", p.getCode()));
        }
        check(input);
        p.apply(input);
        return programmes.saveAndFlush(p).toSummary();
    }

    /** The ceilings must nest: advance ≤ advance with a guarantee, advance ≤ cumulative ≤ long-operation cumulative. */
    private static void check(ProgrammeInput in) {
        requireAtLeast("advanceGuaranteePct", in.advanceGuaranteePct(), in.advanceCeilingPct());
        requireAtLeast("cumulativeCeilingPct", in.cumulativeCeilingPct(), in.advanceCeilingPct());
        requireAtLeast("longOperationPct", in.longOperationPct(), in.cumulativeCeilingPct());
    }

    private static void requireAtLeast(String field, BigDecimal value, BigDecimal floor) {
        if (value != null && floor != null && value.compareTo(floor) < 0) {
            throw new BusinessRuleException(
                    field,
                    Messages.get(
                            "programmes.error.belowFloor",
                            floor.stripTrailingZeros().toPlainString()));
        }
    }

    private FundingProgramme load(long id) {
        return programmes.findById(id).orElseThrow(() -> new NotFoundException("Programme " + id));
    }
}
