package fr.levier.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mécénat receipt.
 *
 * @param id                database id
 * @param version           optimistic-locking version
 * @param commitmentId      the gift
 * @param reference         order number, unbroken yearly sequence ({@code 2026-00007})
 * @param year              year of the sequence (year the money was received)
 * @param number            number in the year
 * @param amount            amount received (valuation for a gift in kind)
 * @param amountInWords     the amount in French words
 * @param receivedFrom      first date received covered
 * @param receivedTo        last date received covered (same as {@code receivedFrom} for one payment)
 * @param nature            numéraire or en nature
 * @param inKindDescription what was given in kind, with its valuation basis
 * @param issuedOn          date issued
 * @param cancelledOn       date cancelled, {@code null} while valid
 * @param cancelReason      why it was cancelled
 */
public record ReceiptSummary(
        Long id,
        long version,
        Long commitmentId,
        String reference,
        int year,
        int number,
        BigDecimal amount,
        String amountInWords,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        Nature nature,
        String inKindDescription,
        LocalDate issuedOn,
        LocalDate cancelledOn,
        String cancelReason) {

    /** Nature of the gift on the receipt. */
    public enum Nature {
        /** Numéraire (money). */
        CASH,
        /** En nature (goods or services, valued). */
        IN_KIND
    }

    /** How the city issues receipts: one per payment, or one per donor and year. */
    public enum Mode {
        /** One receipt for each payment received. */
        PER_PAYMENT,
        /** One receipt per commitment and calendar year, for all payments received that year. */
        PER_YEAR
    }
}
