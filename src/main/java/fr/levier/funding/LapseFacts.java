package fr.levier.funding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what the lapse clock needs about commitments (dates, terms, programme regime) in three
 * queries, so every screen and endpoint reads the same verdict.
 */
@Component
class LapseFacts {

    private final CommitmentRepository commitments;
    private final CommitmentTermsRepository terms;
    private final FundingProgrammeRepository programmes;

    LapseFacts(
            CommitmentRepository commitments, CommitmentTermsRepository terms, FundingProgrammeRepository programmes) {
        this.commitments = commitments;
        this.terms = terms;
        this.programmes = programmes;
    }

    /** @return the verdict per commitment id (only commitments whose clock runs) */
    Map<Long, LapseClock.Verdict> verdicts(Collection<Long> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CommitmentTerms> byId = terms.findByCommitmentIdIn(ids).stream()
                .collect(Collectors.toMap(CommitmentTerms::getCommitmentId, Function.identity()));
        Map<Long, ProgrammeSummary> progs = programmes.findAll().stream()
                .map(FundingProgramme::toSummary)
                .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
        Map<Long, LapseClock.Verdict> out = new HashMap<>();
        for (Commitment c : commitments.findAllById(ids)) {
            if (c.getStatus().hasLapseClock()) {
                ProgrammeSummary p = c.getProgrammeId() == null ? null : progs.get(c.getProgrammeId());
                out.put(c.getId(), LapseClock.evaluate(input(c, byId.get(c.getId()), p), today));
            }
        }
        return out;
    }

    /** @return the facts of one commitment with its terms (may be {@code null}) and programme (may be {@code null}) */
    static LapseClock.Input input(Commitment c, CommitmentTerms t, ProgrammeSummary p) {
        var d = c.dates();
        LapseClock.Rules rules = p == null ? LapseClock.Rules.NONE : p.lapseRules();
        LocalDate startExtendedTo =
                t != null && t.getStartExtendedTo() != null ? t.getStartExtendedTo() : legacyExtension(c, rules);
        return new LapseClock.Input(
                p == null ? LapseClock.Regime.OTHER : LapseClock.Regime.of(p.code(), p.stateRules()),
                rules,
                d.submittedOn(),
                t == null ? null : t.getStartAllowedFrom(),
                d.notifiedOn(),
                d.worksStartedOn(),
                d.completionDeclaredOn(),
                startExtendedTo,
                t == null ? null : t.getCompletionExtendedTo(),
                c.getOwnDeadline());
    }

    private static LocalDate legacyExtension(Commitment c, LapseClock.Rules rules) {
        LocalDate notified = c.dates().notifiedOn();
        if (!c.isExtensionGranted()
                || notified == null
                || rules.startYears() == null
                || rules.extensionYears() == null) {
            return null;
        }
        return notified.plusYears(rules.startYears() + rules.extensionYears());
    }
}
