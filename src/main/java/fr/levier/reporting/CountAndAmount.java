package fr.levier.reporting;

import java.math.BigDecimal;

/**
 * A number of lines and the money they carry (totals of the mécénat-receipts and deadlines reports).
 *
 * @param count  number of lines
 * @param amount money summed
 */
public record CountAndAmount(long count, BigDecimal amount) {}
