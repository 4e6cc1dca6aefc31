package fr.levier.funding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gathers what the lapse clock needs about commitments (dates from the caller's rows, terms, programme
 * regime), so every screen and endpoint reads the same verdict without loading commitment entities.
 */
@Component
class LapseFacts {

    /** Ids per terms query: well under every database's IN-list limit. */
    private static final int ID_BATCH = 1_000;

    private final CommitmentTermsRepository terms;
    private final FundingProgrammeRepository programmes;

    LapseFacts(CommitmentTermsRepository terms, FundingProgrammeRepository programmes) {
        this.terms = terms;
        this.programmes = programmes;
    }

    /**
     * The verdicts of commitments whose facts the caller already read (plan or clock rows), with the
     * programmes it already holds: one query for the extensions' terms, in batches, and no entity load.
     *
     * @param rows       the commitments' facts; those whose status has no clock are left out
     * @param programmes the programmes by id
     * @param today      the day of the verdict
     * @return the verdict per commitment id (only commitments whose clock runs)
     */
    Map<Long, LapseClock.Verdict> verdicts(
            Collection<Rows.LapseRow> rows, Map<Long, ProgrammeSummary> programmes, LocalDate today) {
        List<Rows.LapseRow> clocked =
                rows.stream().filter(r -> r.status().hasLapseClock()).toList();
        if (clocked.isEmpty()) {
            return Map.of();
        }
        List<Long> ids =
                clocked.stream().map(Rows.LapseRow::commitmentId).distinct().toList();
        Map<Long, CommitmentTerms> byId = new HashMap<>();
        for (int from = 0; from < ids.size(); from += ID_BATCH) {
            terms.findByCommitmentIdIn(ids.subList(from, Math.min(ids.size(), from + ID_BATCH)))
                    .forEach(t -> byId.put(t.getCommitmentId(), t));
        }
        Map<Long, LapseClock.Verdict> out = new HashMap<>();
        for (Rows.LapseRow r : clocked) {
            ProgrammeSummary p = r.programmeId() == null ? null : programmes.get(r.programmeId());
            out.put(r.commitmentId(), LapseClock.evaluate(input(r, byId.get(r.commitmentId()), p), today));
        }
        return out;
    }

    /** @return the programmes by id (a handful of rows) */
    Map<Long, ProgrammeSummary> programmes() {
        return programmes.findAll().stream()
                .map(FundingProgramme::toSummary)
                .collect(Collectors.toMap(ProgrammeSummary::id, Function.identity()));
    }

    /** @return the facts of one commitment with its terms (may be {@code null}) and programme (may be {@code null}) */
    static LapseClock.Input input(Commitment c, CommitmentTerms t, ProgrammeSummary p) {
        var d = c.dates();
        return input(
                new Rows.LapseRow(
                        c.getId(),
                        c.getStatus(),
                        c.getProgrammeId(),
                        d.submittedOn(),
                        d.notifiedOn(),
                        d.worksStartedOn(),
                        d.completionDeclaredOn(),
                        c.isExtensionGranted(),
                        c.getOwnDeadline()),
                t,
                p);
    }

    /** @return the facts of one commitment row with its terms (may be {@code null}) and programme (may be {@code null}) */
    static LapseClock.Input input(Rows.LapseRow c, CommitmentTerms t, ProgrammeSummary p) {
        return input(
                c,
                t == null ? null : t.getStartAllowedFrom(),
                t == null ? null : t.getStartExtendedTo(),
                t == null ? null : t.getCompletionExtendedTo(),
                p == null ? null : p.code(),
                p != null && p.stateRules(),
                p == null ? LapseClock.Rules.NONE : p.lapseRules());
    }

    /**
     * The facts of one commitment row whose terms and programme columns a query already read.
     *
     * @param c                    the commitment's dates and status
     * @param startAllowedFrom     the terms' start allowed from, may be {@code null}
     * @param startExtendedTo      the terms' start extended to, may be {@code null}
     * @param completionExtendedTo the terms' completion extended to, may be {@code null}
     * @param programmeCode        the programme's code, {@code null} without a programme
     * @param stateRules           whether the programme follows the State rules
     * @param rules                the programme's durations ({@link LapseClock.Rules#NONE} without a programme)
     * @return the clock's input
     */
    static LapseClock.Input input(
            Rows.LapseRow c,
            LocalDate startAllowedFrom,
            LocalDate startExtendedTo,
            LocalDate completionExtendedTo,
            String programmeCode,
            boolean stateRules,
            LapseClock.Rules rules) {
        return new LapseClock.Input(
                c.programmeId() == null ? LapseClock.Regime.OTHER : LapseClock.Regime.of(programmeCode, stateRules),
                rules,
                c.submittedOn(),
                startAllowedFrom,
                c.notifiedOn(),
                c.worksStartedOn(),
                c.completionDeclaredOn(),
                startExtendedTo != null ? startExtendedTo : legacyExtension(c, rules),
                completionExtendedTo,
                c.ownDeadline());
    }

    private static LocalDate legacyExtension(Rows.LapseRow c, LapseClock.Rules rules) {
        LocalDate notified = c.notifiedOn();
        if (!c.extensionGranted() || notified == null || rules.startYears() == null || rules.extensionYears() == null) {
            return null;
        }
        return notified.plusYears(rules.startYears() + rules.extensionYears());
    }
}
