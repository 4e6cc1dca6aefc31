package fr.levier.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deadline of the deadlines report.
 *
 * @param date         the last day
 * @param kind         which deadline
 * @param officer      the officer in charge of the project, may be {@code null}
 * @param projectCode  the project's code, may be {@code null} (commitment not allocated)
 * @param projectName  the project's name
 * @param commitmentId the commitment, {@code null} for a project milestone
 * @param title        what is due: the commitment's title or the milestone's label
 * @param partnerName  the funder, may be {@code null}
 * @param amount       money at stake (awarded not yet cashed), may be {@code null}
 * @param daysLeft     days from today (negative when overdue)
 */
public record DeadlineRow(
        LocalDate date,
        DeadlineKind kind,
        String officer,
        String projectCode,
        String projectName,
        Long commitmentId,
        String title,
        String partnerName,
        BigDecimal amount,
        long daysLeft) {

    /** Which deadline. */
    public enum DeadlineKind {
        /** Start of works (lapse, décret 2018-514). */
        LAPSE_START,
        /** Completion of works (lapse). */
        LAPSE_COMPLETION,
        /** A date the funder set on the commitment. */
        FUNDER_DATE,
        /** A reporting milestone of the project. */
        REPORTING
    }
}
