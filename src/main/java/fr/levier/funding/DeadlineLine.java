package fr.levier.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * An open grant with its next lapse deadline, for the morning check.
 *
 * @param commitmentId  the commitment
 * @param title         its title
 * @param partnerName   the funder
 * @param programmeCode the programme, may be {@code null}
 * @param status        its status
 * @param awarded       amount at stake
 * @param deadline      the next deadline
 * @param projects      names of the projects it funds
 */
public record DeadlineLine(
        Long commitmentId,
        String title,
        String partnerName,
        String programmeCode,
        CommitmentStatus status,
        BigDecimal awarded,
        LapseClock.Deadline deadline,
        List<String> projects) {}
