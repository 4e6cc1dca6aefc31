package fr.levier.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A mécénat gift received (one cashed payment), with the receipt it calls for.
 *
 * @param receiptNumber the receipt's order number, e.g. {@code M-2026-00042}
 * @param commitmentId  the mécénat commitment
 * @param donorName     the donor
 * @param receivedOn    date the gift was received
 * @param amount        amount received
 */
public record MecenatReceiptRow(
        String receiptNumber, Long commitmentId, String donorName, LocalDate receivedOn, BigDecimal amount) {}
