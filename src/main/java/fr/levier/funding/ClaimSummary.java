package fr.levier.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A payment claim.
 *
 * @param id                  database id
 * @param version             optimistic-locking version
 * @param commitmentId        the commitment claimed on
 * @param type                avance, acompte, solde
 * @param status              draft, sent, paid, rejected
 * @param amount              amount claimed
 * @param sentOn              date sent
 * @param supportingDocuments checklist items provided
 * @param cashedAmount        amount cashed, {@code null} until paid
 * @param cashedOn            date cashed
 * @param cancelReason        why the city cancelled it, {@code null} unless cancelled
 * @param receiptId           the mécénat receipt covering the payment, {@code null} when none
 * @param updatedBy           who last changed it
 * @param updatedAt           when
 */
public record ClaimSummary(
        Long id,
        long version,
        Long commitmentId,
        ClaimType type,
        ClaimStatus status,
        BigDecimal amount,
        LocalDate sentOn,
        Set<SupportingDocument> supportingDocuments,
        BigDecimal cashedAmount,
        LocalDate cashedOn,
        String cancelReason,
        Long receiptId,
        String updatedBy,
        Instant updatedAt) {}
