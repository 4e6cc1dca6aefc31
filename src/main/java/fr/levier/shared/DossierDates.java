package fr.levier.shared;

import fr.levier.shared.validation.DatesInOrder;
import fr.levier.shared.validation.PlausibleDate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of a dossier's instruction, on a project or a grant request. Any may be {@code null}.
 *
 * @param openedOn             dossier opened
 * @param submittedOn          submitted to the funder (dossier déposé)
 * @param completeOn           declared complete by the funder
 * @param decidedOn            decision taken
 * @param notifiedOn           decision notified (starts the State lapse clock)
 * @param conventionSignedOn   convention signed
 * @param worksStartedOn       works started
 * @param completionDeclaredOn completion declared
 */
@DatesInOrder
public record DossierDates(
        @PlausibleDate LocalDate openedOn,
        @PlausibleDate LocalDate submittedOn,
        @PlausibleDate LocalDate completeOn,
        @PlausibleDate LocalDate decidedOn,
        @PlausibleDate LocalDate notifiedOn,
        @PlausibleDate LocalDate conventionSignedOn,
        @PlausibleDate LocalDate worksStartedOn,
        @PlausibleDate LocalDate completionDeclaredOn) {

    /** No date known. */
    /** The steps of a dossier, in their usual order. */
    public enum Step {
        OPENED,
        SUBMITTED,
        COMPLETE,
        DECIDED,
        NOTIFIED,
        CONVENTION_SIGNED,
        WORKS_STARTED,
        COMPLETION_DECLARED
    }

    /**
     * @param step a step of the dossier
     * @return the date of that step, {@code null} when not reached
     */
    public LocalDate get(Step step) {
        return switch (step) {
            case OPENED -> openedOn;
            case SUBMITTED -> submittedOn;
            case COMPLETE -> completeOn;
            case DECIDED -> decidedOn;
            case NOTIFIED -> notifiedOn;
            case CONVENTION_SIGNED -> conventionSignedOn;
            case WORKS_STARTED -> worksStartedOn;
            case COMPLETION_DECLARED -> completionDeclaredOn;
        };
    }

    /**
     * @param step a step of the dossier
     * @param date its new date, may be {@code null}
     * @return a copy with that one date changed
     */
    public DossierDates with(Step step, LocalDate date) {
        LocalDate[] d = {
            openedOn,
            submittedOn,
            completeOn,
            decidedOn,
            notifiedOn,
            conventionSignedOn,
            worksStartedOn,
            completionDeclaredOn
        };
        d[step.ordinal()] = date;
        return new DossierDates(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]);
    }

    public static final DossierDates NONE = new DossierDates(null, null, null, null, null, null, null, null);

    /**
     * The instruction time: days from opening (or submission when not opened) to the decision.
     *
     * @return the days, {@code null} while undecided or without a start
     */
    public Long instructionDays() {
        LocalDate start = openedOn != null ? openedOn : submittedOn;
        if (start == null || decidedOn == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(start, decidedOn);
    }
}
