package fr.levier.funding;

import fr.levier.shared.api.NotSortable;
import java.math.BigDecimal;

/**
 * One line of a commitment list.
 *
 * @param id              database id
 * @param title           description
 * @param partnerId       partner
 * @param partnerName     partner's name
 * @param kind            kind
 * @param status          status
 * @param programmeCode   programme, may be {@code null}
 * @param amountRequested requested
 * @param amountAwarded   awarded, may be {@code null}
 */
public record CommitmentSummary(
        Long id,
        String title,
        Long partnerId,
        @NotSortable String partnerName,
        CommitmentKind kind,
        CommitmentStatus status,
        @NotSortable String programmeCode,
        BigDecimal amountRequested,
        BigDecimal amountAwarded) {}
