package fr.levier.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reversal or a repayment line.
 *
 * @param id           database id
 * @param commitmentId the commitment
 * @param claimId      the claim whose payment is reversed, {@code null} for a repayment
 * @param kind         {@code REVERSAL} or {@code REPAYMENT}
 * @param amount       amount (positive)
 * @param occurredOn   date of the reversal, or of the repayment
 * @param reason       why
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 */
public record MoneyLineSummary(
        Long id,
        Long commitmentId,
        Long claimId,
        String kind,
        BigDecimal amount,
        LocalDate occurredOn,
        String reason,
        String recordedBy,
        Instant recordedAt) {}
