package fr.levier.funding;

import java.math.BigDecimal;

/** A commitment list line as the query returns it, before the partner's name is added. */
record CommitmentRow(
        Long id,
        String title,
        Long partnerId,
        CommitmentKind kind,
        CommitmentStatus status,
        String programmeCode,
        BigDecimal amountRequested,
        BigDecimal amountAwarded) {}
