package fr.levier.project;

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
public record DossierDates(
        LocalDate openedOn,
        LocalDate submittedOn,
        LocalDate completeOn,
        LocalDate decidedOn,
        LocalDate notifiedOn,
        LocalDate conventionSignedOn,
        LocalDate worksStartedOn,
        LocalDate completionDeclaredOn) {

    /** No date known. */
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
