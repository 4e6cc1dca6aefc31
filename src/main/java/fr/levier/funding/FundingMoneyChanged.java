package fr.levier.funding;

/**
 * The money of a commitment changed: a payment claim or a money line was written (its totals were kept
 * in the same transaction, ADR 010 §13). Published by funding; the dashboard marks its snapshot stale.
 *
 * @param commitmentId the commitment
 */
public record FundingMoneyChanged(long commitmentId) {}
